// Bytes → text, recognised by content (never by file name): UTF-8 with or without BOM, UTF-16LE/BE
// with a BOM or by the pattern of NUL bytes, latin1 when the bytes are not valid UTF-8, and binary
// when it is not text at all. Huge inputs are cut to the first ~8 MB so that reading stays fast.
import type { InputInfo } from '../model/evidence';

export const MAX_TEXT_CHARS = 8 * 1024 * 1024;
const MAX_BYTES = 16 * 1024 * 1024;
const SNIFF = 64 * 1024;

export interface Decoded {
  kind: 'text' | 'binary' | 'empty';
  encoding?: InputInfo['encoding'];
  text: string;
  bytes: number;
  truncated: boolean;
}

/** Decodes one input. Strings are taken as they are (a leading BOM dropped). */
export function decodeContent(content: string | Uint8Array): Decoded {
  if (typeof content === 'string') return decodeString(content);
  const bytes = content.length;
  if (bytes === 0) return { kind: 'empty', text: '', bytes, truncated: false };
  const bom = bomOf(content);
  if (bom) return decodeWith(bom.encoding, content.subarray(bom.length), bytes);
  const utf16 = sniffUtf16(content);
  if (utf16) return decodeWith(utf16, content, bytes);
  if (looksBinary(content)) return { kind: 'binary', text: '', bytes, truncated: false };
  return decodeWith(isValidUtf8(content) ? 'utf-8' : 'latin1', content, bytes);
}

function decodeString(s: string): Decoded {
  const text0 = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  const truncated = text0.length > MAX_TEXT_CHARS;
  const text = truncated ? text0.slice(0, MAX_TEXT_CHARS) : text0;
  return { kind: text.trim() ? 'text' : 'empty', encoding: 'utf-8', text, bytes: s.length, truncated };
}

function bomOf(b: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without BOM: ASCII-range text has a NUL in every other byte, on the odd (LE) or even (BE) side. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, SNIFF) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL bytes, or many control characters other than tab / line breaks / form feed, mean "not text". */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return control > n * 0.02;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, Math.min(b.length, MAX_BYTES)));
    return true;
  } catch {
    return false;
  }
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1', body: Uint8Array, bytes: number): Decoded {
  let slice = body.length > MAX_BYTES ? body.subarray(0, MAX_BYTES) : body;
  if (encoding !== 'utf-8' && encoding !== 'latin1' && slice.length % 2 === 1) slice = slice.subarray(0, slice.length - 1);
  const label = encoding === 'latin1' ? 'windows-1252' : encoding;
  let text = new TextDecoder(label).decode(slice);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let truncated = slice.length < body.length;
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    truncated = true;
  }
  if (hasManyControls(text)) return { kind: 'binary', text: '', bytes, truncated: false };
  return { kind: text.trim() ? 'text' : 'empty', encoding, text, bytes, truncated };
}

/** After UTF-16 decoding a binary file can still pass the NUL sniff; reject control-character soup. */
function hasManyControls(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control > n * 0.05;
}

export const MAX_LINE_CHARS = 32 * 1024;

/**
 * The text the readers scan: same length as `text` (so offsets stay valid) but with the tail of any
 * line longer than MAX_LINE_CHARS blanked out. Returns how many lines were cut.
 */
export function capLongLines(text: string): { text: string; cut: number } {
  let cut = 0;
  let out: string[] | undefined;
  let from = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > MAX_LINE_CHARS) {
      out ??= [];
      out.push(text.slice(from, start + MAX_LINE_CHARS), ' '.repeat(end - start - MAX_LINE_CHARS));
      from = end;
      cut++;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (!out) return { text, cut: 0 };
  out.push(text.slice(from));
  return { text: out.join(''), cut };
}

/** Where certificate material (PEM blocks, long bare Base64) sits in the text. */
export function certificateBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const pem = /-----BEGIN [A-Z0-9 ]{1,40}-----/g;
  let m: RegExpExecArray | null;
  while ((m = pem.exec(text)) !== null) {
    const endMark = text.indexOf('-----END ', m.index + m[0].length);
    if (endMark < 0) {
      blocks.push({ start: m.index, end: text.length });
      break;
    }
    const close = text.indexOf('-----', endMark + 9);
    const end = close < 0 ? text.length : close + 5;
    blocks.push({ start: m.index, end });
    pem.lastIndex = end;
  }
  // Bare Base64 (a .cer saved as Base64 without armour, or a pasted blob): a run of Base64-only lines.
  let runStart = -1;
  let runChars = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, Math.min(end, lineStart + 200)).trim();
    const isB64 = end - lineStart <= 200 && line.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(line) && /[0-9+/]/.test(line);
    if (isB64) {
      if (runStart < 0) runStart = lineStart;
      runChars += line.length;
    } else {
      if (runStart >= 0 && runChars >= 600 && !blocks.some((b) => b.start <= runStart && runStart < b.end)) {
        blocks.push({ start: runStart, end: lineStart });
      }
      runStart = -1;
      runChars = 0;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (runStart >= 0 && runChars >= 600 && !blocks.some((b) => b.start <= runStart && runStart < b.end)) {
    blocks.push({ start: runStart, end: text.length });
  }
  // One long Base64 line (a blob pasted without breaks).
  const single = /(?:^|\s)([A-Za-z0-9+/]{600,}={0,2})(?=\s|$)/g;
  while ((m = single.exec(text)) !== null) {
    const s = m.index + m[0].length - m[1].length;
    // Real Base64 mixes cases and digits; 50,000 times "a" is a bad paste, not a certificate.
    const sample = m[1].slice(0, 2000);
    if (!/[0-9]/.test(sample) || !/[a-z]/.test(sample) || !/[A-Z]/.test(sample)) continue;
    if (!blocks.some((b) => b.start <= s && s < b.end)) blocks.push({ start: s, end: s + m[1].length });
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** Replaces the given ranges by spaces (keeping line breaks), so offsets stay valid. */
export function blank(text: string, ranges: { start: number; end: number }[]): string {
  if (!ranges.length) return text;
  const parts: string[] = [];
  let from = 0;
  for (const r of ranges) {
    if (r.start < from) continue;
    parts.push(text.slice(from, r.start), text.slice(r.start, r.end).replace(/[^\r\n]/g, ' '));
    from = r.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
