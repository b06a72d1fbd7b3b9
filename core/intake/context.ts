// What every reader gets: one input's text (already decoded and made safe to scan), its lines, and
// the knowledge. Readers are pure functions ReadContext → Evidence[]; they never throw on odd text
// (index.ts still guards each one) and use only linear-time scanning.
import type { Evidence, Span } from '../model/evidence';
import type { Knowledge } from '../../knowledge/graph';

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, without the line break (and without a trailing \r). */
  end: number;
}

export interface ReadContext {
  input: number;
  /** The text to scan: same length as the input's decoded text, with over-long line tails and
   *  certificate blocks blanked out, so offsets found here are offsets into InputInfo.text. */
  text: string;
  lines: Line[];
  knowledge: Knowledge;
  /** Plain-language problems met while reading, for Intake.notes. */
  notes: string[];
}

export type Reader = (ctx: ReadContext) => Evidence[];

const QUOTE_MAX = 240;

/** The input text of [start, end) for quoting: whitespace collapsed, at most ~240 characters. */
export function quoteOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, Math.min(end, start + QUOTE_MAX * 4));
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

/** Quote and span of [start, end) of this input, the common part of every evidence. */
export function at(ctx: ReadContext, start: number, end: number): { quote: string; span: Span } {
  return { quote: quoteOf(ctx.text, start, end), span: { input: ctx.input, start, end } };
}

/** Splits text into lines (offsets only), tolerant of \r\n and \r-less files. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

export function lineText(ctx: ReadContext, line: Line): string {
  return ctx.text.slice(line.start, line.end);
}

/** Index of the line that holds offset `pos` (binary search). */
export function lineIndexAt(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Runs a global regex over text and calls back for every match; the regex must have the g flag. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}

/** Typographic and other dash variants users paste for "-" (seed 000 writes –DPMServerName). */
export const DASHES = '-\u2013\u2014\u2212';

export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  return c > 127 && /[\p{L}\p{N}]/u.test(ch);
}

/** True when offset pos sits inside a URL (http://…, https://…): numbers there are not error codes. */
export function insideUrl(text: string, pos: number): boolean {
  let s = pos;
  const floor = Math.max(0, pos - 2000);
  while (s > floor && !/\s/.test(text[s - 1])) s--;
  const token = text.slice(s, pos);
  return /[a-z]{3,6}:\/\//i.test(token) || /\bwww\./i.test(token);
}
