// Error codes in every notation admins paste: 0x800B0101, bare 800B0101, signed -2146762495,
// unsigned 2148204809, Win32 decimals ("Error 1008", "(WIN32: 1722 …)", "WinHttp: 12175") and
// symbolic names (CERT_E_EXPIRED) resolved through the knowledge's code tables.
// What is NOT a code: 0x0 and other success values, years, ports, PIDs, thread ids "(0x0F68)",
// hex pieces of GUIDs, thumbprints, serial numbers and hex dumps.
import type { CodeEvidence, CodeNotation } from '../model/evidence';
import { at, eachMatch, insideUrl, type ReadContext } from './context';

const FAILURE = 0x80000000;

/** Words that make a small hex value or an unsigned decimal an error code ("error 0x5", "hr=…"). */
const CODE_CONTEXT = /(?:error|errorcode|code|hr|hresult|status|result|fehler|returned|failed|with)\W{0,4}$/i;

export function win32Of(value: number): number | undefined {
  return (value & 0xffff0000) >>> 0 === 0x80070000 ? value & 0xffff : undefined;
}

export function makeCode(
  ctx: ReadContext,
  start: number,
  end: number,
  value: number,
  notation: CodeNotation,
  raw: string,
  win32?: number,
): CodeEvidence {
  const v = value >>> 0;
  const w = win32 ?? win32Of(v);
  return { kind: 'code', ...at(ctx, start, end), value: v, notation, raw, ...(w !== undefined ? { win32: w } : {}) };
}

function contextBefore(text: string, pos: number): string {
  return text.slice(Math.max(0, pos - 24), pos);
}

function lineAround(text: string, pos: number): string {
  const s = text.lastIndexOf('\n', pos) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return text.slice(s, Math.min(e, s + 400));
}

export function readCodes(ctx: ReadContext): CodeEvidence[] {
  const { text, knowledge } = ctx;
  const out: CodeEvidence[] = [];

  // 0x… hex (1-8 digits; 16-digit event Keywords fail the \b after 8 digits).
  eachMatch(/(?<![\w.])0x([0-9a-f]{1,8})\b(?![-.:]\w)/gi, text, (m) => {
    const value = parseInt(m[1], 16) >>> 0;
    if (value === 0) return;
    if (value < FAILURE) {
      // Small values are flags, thread ids, lengths … unless the code table knows them and the text calls them an error.
      if (!knowledge.codes.has(value) || !CODE_CONTEXT.test(contextBefore(text, m.index))) return;
    }
    out.push(makeCode(ctx, m.index, m.index + m[0].length, value, 'hex', m[0]));
  });

  // Bare 8 hex digits: CAPI2 <Result value="800B0101">, certutil, or a lone token starting with 8 or C.
  eachMatch(/(?<![\w{.:/#-])([0-9a-f]{8})(?![\w}-])(?!\.\w)/gi, text, (m) => {
    const raw = m[1];
    const value = parseInt(raw, 16) >>> 0;
    if (value === 0) return;
    // A CAPI2 <Result value="…"> or certutil's error position is a code whatever its digits.
    const resultSlot = /(?:Result\s+value\s*=\s*["“”„']?|dwErrorStatus\s*=\s*|error code:?\s*)$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!resultSlot && (!/^[8c]/i.test(raw) || (!/[a-f]/i.test(raw) && !knowledge.codes.has(value)))) return;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[0-9a-f] $/i.test(before)) return; // hex dump "0000  30 82 …"
    out.push(makeCode(ctx, m.index, m.index + raw.length, value, 'hex-bare', raw));
  });

  // Signed decimal HRESULTs: -2146762495 (event texts, .NET exceptions).
  eachMatch(/(?<![\w.])-(2\d{9})\b(?!\.\d)/g, text, (m) => {
    const n = -Number(m[1]);
    if (n < -2147483648 || insideUrl(text, m.index)) return;
    const value = n >>> 0;
    if (value < FAILURE) return;
    out.push(makeCode(ctx, m.index, m.index + m[0].length, value, 'signed-decimal', m[0]));
  });

  // Unsigned decimal HRESULTs: 2148204809. Ten-digit numbers are common (ids, timestamps): demand a
  // known code, an error word before it, or the number standing alone on its line.
  eachMatch(/(?<![\w.-])([2-4]\d{9})\b(?![.:]\d)/g, text, (m) => {
    const n = Number(m[1]);
    if (n < FAILURE || n > 0xffffffff || insideUrl(text, m.index)) return;
    const alone = lineAround(text, m.index).trim() === m[1];
    if (!alone && !knowledge.codes.has(n) && !CODE_CONTEXT.test(contextBefore(text, m.index))) return;
    out.push(makeCode(ctx, m.index, m.index + m[0].length, n, 'unsigned-decimal', m[0]));
  });

  // Win32 decimals: "Error 1008", "error code 5", "Fehler 1008", "(WIN32: 1722 …)", "WinHttp: 12175".
  eachMatch(
    /\b(?:(?<!HTTP\s)(?:error|fehler)(?:\s*code)?|win32(?:\s*error)?|winhttp\w*(?:\s*error)?|system error)\s*[:=#]?\s*(\d{1,5})(?![\dxX]|\.\d|[/:-]\d)/gi,
    text,
    (m) => {
      const n = Number(m[1]);
      // Win32 and WinHTTP errors stay below 16000; larger numbers here are product ids (DPM 33231).
      if (n === 0 || (n > 16000 && !knowledge.codes.has(n))) return;
      const numStart = m.index + m[0].length - m[1].length;
      out.push(makeCode(ctx, m.index, numStart + m[1].length, n, 'win32-decimal', m[0], n));
    },
  );

  // Symbolic names, only those the code tables know (CERT_TRUST_* flags are not codes).
  if (knowledge.codesByName.size) {
    eachMatch(/\b[A-Z][A-Z0-9]{0,15}_[A-Z0-9_]{2,70}\b/g, text, (m) => {
      const info = knowledge.codesByName.get(m[0]);
      if (!info) return;
      const value = info.value >>> 0;
      const win32 = value < 0x10000 ? value : undefined;
      out.push(makeCode(ctx, m.index, m.index + m[0].length, value, 'symbolic', m[0], win32));
    });
  }

  return firstPerValue(out);
}

/** One evidence per distinct value: the first one in the text. */
function firstPerValue(list: CodeEvidence[]): CodeEvidence[] {
  const sorted = [...list].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  const seen = new Set<number>();
  return sorted.filter((c) => (seen.has(c.value) ? false : (seen.add(c.value), true)));
}

export { lineAround };
