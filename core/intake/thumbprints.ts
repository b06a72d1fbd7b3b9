// Thumbprints wherever admins meet them: command parameters (-Thumbprint …), log lines
// ("thumbPrint : …"), registry values (NDESCertThumbprint), CAPI2 fileRef="….cer", certutil
// "Cert Hash(sha1):", and bare 40-hex tokens. Each one is checked for the defects that make
// Windows reject it: spaces, invisible characters copied from the certificate dialog, a wrong
// length (39 digits is the classic copy slip), non-hex letters, separators.
import type { ThumbprintContext, ThumbprintDefect, ThumbprintEvidence } from '../model/evidence';
import { at, eachMatch, lineIndexAt, type ReadContext } from './context';

/** Invisible characters that ride along when a thumbprint is copied from the certificate dialog. */
const HIDDEN = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00a0\u00ad]/g;
const QUOTES = '"\'\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb';

export interface ThumbprintAnalysis {
  clean: string;
  defects: ThumbprintDefect[];
  hiddenChars: string[];
}

export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Cleans a thumbprint as written and lists what is wrong with it. */
export function analyseThumbprint(raw: string): ThumbprintAnalysis {
  const defects: ThumbprintDefect[] = [];
  const hidden = [...new Set(raw.match(HIDDEN) ?? [])].map(codePointName);
  const visible = raw.replace(HIDDEN, '');
  if (/[ \t]/.test(visible)) defects.push('spaces');
  if (hidden.length) defects.push('hidden-chars');
  const body = visible.replace(/[ \t]/g, '');
  if (/[:-]/.test(body)) defects.push('separators');
  const clean = body.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (/[^0-9a-f:-]/i.test(body)) defects.push('non-hex');
  if (clean.length !== 40) defects.push('wrong-length');
  return { clean, defects: [...new Set(defects)], hiddenChars: hidden };
}

export function makeThumbprint(
  ctx: ReadContext,
  start: number,
  end: number,
  raw: string,
  context: ThumbprintContext,
  label?: string,
  quoteFrom?: number,
): ThumbprintEvidence {
  const a = analyseThumbprint(raw);
  const base = at(ctx, quoteFrom ?? start, end);
  return {
    kind: 'thumbprint',
    quote: base.quote,
    span: { input: ctx.input, start, end },
    raw,
    clean: a.clean,
    defects: a.defects,
    hiddenChars: a.hiddenChars,
    context,
    ...(label ? { label } : {}),
  };
}

// Character tests by code, not by regex: they run for every character of every value in a huge log.
const isHex = (c: string | undefined) => {
  const n = c === undefined ? -1 : c.charCodeAt(0);
  return (n >= 48 && n <= 57) || (n >= 65 && n <= 70) || (n >= 97 && n <= 102);
};
const isHidden = (c: string | undefined) => {
  const n = c === undefined ? -1 : c.charCodeAt(0);
  return (
    n === 0xa0 || n === 0xad || n === 0xfeff || (n >= 0x200b && n <= 0x200f) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2060 && n <= 0x2064) || (n >= 0x2066 && n <= 0x2069)
  );
};

/**
 * Reads a thumbprint value that starts at `pos` (after the parameter or label), up to the end of
 * the line: a quoted value, or an unquoted token, or space-separated hex pairs ("49 3f 27 …").
 * Returns the raw value exactly as written and where it sits.
 */
export function readThumbValue(text: string, pos: number, lineEnd: number): { raw: string; start: number; end: number } | undefined {
  let i = pos;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  const start = i;
  while (i < lineEnd && isHidden(text[i])) i++;
  if (i < lineEnd && QUOTES.includes(text[i])) {
    const open = i;
    i++;
    const stop = Math.min(lineEnd, i + 200);
    while (i < stop && !QUOTES.includes(text[i])) i++;
    const inner = text.slice(open + 1, i);
    if (!/[0-9a-f]/i.test(inner)) return undefined;
    const end = i < stop ? i + 1 : i;
    return { raw: text.slice(start, open) + inner, start, end };
  }
  // Unquoted: first token up to whitespace.
  const stop = Math.min(lineEnd, i + 200);
  let j = i;
  while (j < stop && text[j] !== ' ' && text[j] !== '\t' && !QUOTES.includes(text[j])) j++;
  const first = text.slice(i, j).replace(/[.,;)]+$/, '');
  let end = i + first.length;
  if (!first || !/[0-9a-f]/i.test(first)) return undefined;
  // Space-separated pairs as copied from the certificate dialog: keep reading short hex groups.
  let hexCount = first.replace(/[^0-9a-f]/gi, '').length;
  if (hexCount <= 4) {
    let k = j;
    for (;;) {
      let s = k;
      while (s < stop && (text[s] === ' ' || text[s] === '\t' || isHidden(text[s]))) s++;
      let e = s;
      while (e < stop && (isHex(text[e]) || isHidden(text[e]))) e++;
      const group = text.slice(s, e).replace(/[\u200b-\u200f\ufeff\u00a0]/g, '');
      if (e === s || group.length > 4 || (e < stop && !/\s/.test(text[e]) && !/[.,;)]/.test(text[e]))) break;
      if (hexCount >= 40) break;
      hexCount += group.length;
      end = e;
      k = e;
    }
  }
  return { raw: text.slice(start, end), start, end };
}

const PARAM = /[-\u2013\u2014](\w{0,30}thumbprint)\b\s*:?/gi;
const LABEL = /\bthumb\s?print\b(?:\s+(?:is|was|of|=))?\s*[:=]?\s*(?:the\s+)?/gi;

export function readThumbprints(ctx: ReadContext): ThumbprintEvidence[] {
  const { text, lines } = ctx;
  if (!/thumb|fileref|cert hash|[0-9a-f]{40}/i.test(text)) return [];
  const out: ThumbprintEvidence[] = [];
  // Values already read, by line, so later passes (labels, bare hex) do not read them again.
  const taken = new Map<number, [number, number][]>();
  const lineEndAt = (pos: number) => lines[lineIndexAt(lines, pos)].end;
  const overlaps = (pos: number) => (taken.get(lineIndexAt(lines, pos)) ?? []).some(([s, e]) => pos >= s && pos < e);
  const seen = new Set<string>();
  /** Records a value read at [start, end); builds evidence only for a value not seen in this context yet. */
  const push = (start: number, end: number, raw: string, context: ThumbprintContext, label?: string, quoteFrom?: number) => {
    const li = lineIndexAt(lines, start);
    const list = taken.get(li) ?? [];
    list.push([start, end]);
    taken.set(li, list);
    // The same value written the same way in the same kind of place is one piece of evidence.
    const key = `${context}|${raw}`;
    if (seen.has(key) || out.length >= 1000) return;
    seen.add(key);
    out.push(makeThumbprint(ctx, start, end, raw, context, label, quoteFrom));
  };

  // Command parameters: -Thumbprint, -AuthCAThumbprint, –Thumbprint (en dash).
  eachMatch(PARAM, text, (m) => {
    const v = readThumbValue(text, m.index + m[0].length, lineEndAt(m.index));
    if (v) push(v.start, v.end, v.raw, 'command', m[1], m.index);
  });

  // Certutil: Cert Hash(sha1): a5 03 … / a50337ab…
  eachMatch(/Cert Hash\(sha1\)\s*:\s*/gi, text, (m) => {
    const v = readThumbValue(text, m.index + m[0].length, lineEndAt(m.index));
    if (v) push(v.start, v.end, v.raw, 'certutil', 'Cert Hash(sha1)', m.index);
  });

  // CAPI2 fileRef="5D87….cer" (the file name is the SHA-1 thumbprint).
  eachMatch(/fileRef\s*=\s*["“”„']?([0-9a-f]{8,64})\.cer/gi, text, (m) => {
    const s = m.index + m[0].length - m[1].length - 4;
    push(s, s + m[1].length, m[1], 'file-ref', 'fileRef', m.index);
  });

  // Registry: "NDESCertThumbprint"="…", reg query "NDESCertThumbprint  REG_SZ  …", reg add /v … /d ….
  // Found by the fixed tail, then the value name is walked back (a leading \w{1,40} would backtrack at every word).
  eachMatch(/(Thumbprint|CertHash)["']?\s*(?:=\s*|\s+REG_SZ\s+|\s+\/t\s+REG_SZ\s+\/d\s+)/gi, text, (m) => {
    let s = m.index;
    while (s > 0 && m.index - s < 40 && /\w/.test(text[s - 1])) s--;
    if (s === m.index || /[-\u2013\u2014\w]/.test(text[s - 1] ?? '')) return;
    if (overlaps(s)) return;
    const name = text.slice(s, m.index + m[1].length);
    const v = readThumbValue(text, m.index + m[0].length, lineEndAt(m.index));
    if (v && /[0-9a-f]{6}/i.test(v.raw.replace(/\s/g, ''))) push(v.start, v.end, v.raw, 'registry', name, s);
  });

  // Labelled in logs and prose: "thumbPrint : 8d8b…", "with the thumbprint 8d8b…"; listings "Thumbprint : …".
  eachMatch(LABEL, text, (m) => {
    const valueAt = m.index + m[0].length;
    if (overlaps(valueAt)) return;
    const prev = text[m.index - 1];
    if (prev && /[-\u2013\u2014\w]/.test(prev)) return; // a parameter or a registry name, handled above
    const v = readThumbValue(text, valueAt, lineEndAt(m.index));
    if (!v || v.raw.replace(/[^0-9a-f]/gi, '').length < 16) return;
    const lineStart = lines[lineIndexAt(lines, m.index)].start;
    const listing = /^\s*Thumbprint\s+:\s/i.test(text.slice(lineStart, lineStart + 40)) && m.index - lineStart < 8;
    push(v.start, v.end, v.raw, listing ? 'listing' : 'log', 'thumbprint', listing ? lineStart : m.index);
  });

  // Bare 40-hex tokens not already taken (a thumbprint pasted on its own, a table row).
  eachMatch(/(?<![0-9a-z_])[0-9a-f]{40}(?![0-9a-z_])/gi, text, (m) => {
    if (overlaps(m.index)) return;
    push(m.index, m.index + 40, m[0], 'text');
  });

  return out.sort((a, b) => a.span!.start - b.span!.start);
}
