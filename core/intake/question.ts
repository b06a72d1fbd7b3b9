// The question the user asked in words: the lines of prose that no structured reader claimed
// (a log, XML, a listing, a command, certutil output), joined.
import type { Evidence } from '../model/evidence';
import type { Line } from './context';

const STRUCTURED = new Set<Evidence['kind']>(['event', 'log-line', 'iis-request', 'certutil-cert', 'certutil-result', 'command', 'ps-error', 'cert-listing', 'registry-value']);
const MAX_QUESTION = 1000;

/** Prose lines of one input, given the evidence read from it. */
export function proseOf(text: string, lines: Line[], evidence: Evidence[], input: number): string {
  const covered: [number, number][] = evidence
    .filter((e) => STRUCTURED.has(e.kind) && e.span?.input === input)
    .map((e) => [e.span!.start, e.span!.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let ci = 0;
  let total = 0;
  for (const l of lines) {
    if (total > MAX_QUESTION * 4) break;
    while (ci < covered.length && covered[ci][1] < l.start) ci++;
    let hit = false;
    for (let k = ci; k < covered.length && covered[k][0] <= l.end; k++) {
      if (covered[k][1] >= l.start && covered[k][0] <= l.end) {
        hit = true;
        break;
      }
    }
    if (hit) continue;
    const s = text.slice(l.start, Math.min(l.end, l.start + 2000)).trim();
    if (!isProse(s)) continue;
    parts.push(s);
    total += s.length;
  }
  const q = parts.join(' ').replace(/\s+/g, ' ').trim();
  return q.length > MAX_QUESTION ? `${q.slice(0, MAX_QUESTION - 1)}…` : q;
}

/** At least three words, mostly letters: not a lone code, a hex dump or a separator line. */
function isProse(s: string): boolean {
  if (/^\s*(?:Windows Registry Editor Version|REGEDIT4|\[HKEY_|HKEY_|HKLM\\|#Fields:|#Software:|#Version:|PSParentPath:|-{3,})/i.test(s)) return false;
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  return letters / s.length > 0.5;
}
