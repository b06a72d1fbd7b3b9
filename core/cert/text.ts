// Turns the bytes of a file into text the way Windows tools write it: UTF-16 LE with a BOM
// ("Unicode" in Notepad, PowerShell 5's Out-File), UTF-16 without a BOM, UTF-8 with or without
// a BOM. Returns undefined for content that is not text (DER, PKCS#12, random bytes).

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

/** How much of a file is sniffed for zero bytes and control characters. */
const SNIFF = 4096;

export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: Buffer.from(bytes.subarray(2)).toString('utf16le'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: swapToLe(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const head = bytes.subarray(0, SNIFF);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) zeroOdd++;
    else zeroEven++;
  }
  const half = head.length / 2;
  // ASCII text in UTF-16 has a zero in (nearly) every other byte.
  if (half >= 4 && zeroOdd > half * 0.8 && zeroEven < half * 0.1) {
    return checked(Buffer.from(bytes).toString('utf16le'), 'utf-16le');
  }
  if (half >= 4 && zeroEven > half * 0.8 && zeroOdd < half * 0.1) return checked(swapToLe(bytes), 'utf-16be');
  if (zeroEven + zeroOdd > 0) return undefined;
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checked(text, 'utf-8');
}

function swapToLe(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  b.swap16();
  return b.toString('utf16le');
}

/** Text has few replacement characters and control characters other than tab, CR and LF. */
function checked(text: string, encoding: DecodedText['encoding']): DecodedText | undefined {
  const sample = text.slice(0, SNIFF);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) bad++;
  }
  return bad > sample.length * 0.02 ? undefined : { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
