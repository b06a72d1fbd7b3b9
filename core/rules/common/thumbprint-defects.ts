// Thumbprints pasted into commands, registry values or questions often carry defects that make them
// match no certificate: spaces (as the certificate dialog shows them), an invisible U+200E copied
// from that dialog, a lost digit, or a non-hex character. Each defect is its own signal, and every
// signal binds {thumbprint} to the cleaned value so the fix shows the corrected command.
import type { Rule, Signal } from '../rule';
import { evidenceOf, type ThumbprintEvidence } from '../../model/evidence';
import { quoteOf } from './quote';

/** Invisible characters that survive copy and paste: bidi marks, zero-width characters, BOM, NBSP. */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00A0]/gu;

/** Thumbprints that are references to certificates the system wrote itself, not something a user typed. */
const SYSTEM_WRITTEN: ThumbprintEvidence['context'][] = ['file-ref', 'certutil', 'listing'];

/**
 * Spaces are a defect only where a person typed the thumbprint: Windows itself prints thumbprints
 * as spaced pairs in event and log text (AutoEnrollment event 64, for one), which is formatting.
 */
function typedByUser(t: ThumbprintEvidence, eventSpans: { input: number; start: number; end: number }[]): boolean {
  if (t.context === 'log') return false;
  const s = t.span;
  return !s || !eventSpans.some((e) => e.input === s.input && s.start >= e.start && s.end <= e.end);
}

function hiddenCharsOf(t: ThumbprintEvidence): string[] {
  const own = [...t.raw.matchAll(HIDDEN)].map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set([...t.hiddenChars, ...own])];
}

function defectsOf(t: ThumbprintEvidence): Set<string> {
  const d = new Set<string>(t.defects);
  const visible = t.raw.replace(HIDDEN, '');
  if (hiddenCharsOf(t).length) d.add('hidden-chars');
  if (/[0-9a-f]\s+[0-9a-f]/i.test(visible.trim())) d.add('spaces');
  if (/[0-9a-f][:-][0-9a-f]/i.test(visible)) d.add('separators');
  if (t.clean.length !== 40) d.add('wrong-length');
  if (/[^0-9a-f\s:-]/i.test(visible.replace(/^["']|["']$/g, ''))) d.add('non-hex');
  return d;
}

export const thumbprintDefects: Rule = {
  id: 'common.thumbprint-defects',
  description: 'A thumbprint given by the user has spaces, hidden characters, a length other than 40 hex digits, or non-hex characters.',
  citations: [
    { title: 'DPM Certificate Troubleshooting – Part 1 (thumbprint without spaces)', note: 'seed 000_22f6d6db6e464275.txt' },
    { title: 'Certificate thumbprint displayed in MMC has an extra invisible Unicode character', url: 'https://github.com/dotnet/corefx/issues/31463', note: 'KB 2023835' },
  ],
  run({ intake }) {
    const out: Signal[] = [];
    const eventSpans = evidenceOf(intake, 'event').flatMap((e) => (e.span ? [e.span] : []));
    for (const t of evidenceOf(intake, 'thumbprint')) {
      if (SYSTEM_WRITTEN.includes(t.context)) continue;
      const defects = defectsOf(t);
      if (!typedByUser(t, eventSpans)) {
        defects.delete('spaces');
        defects.delete('separators');
        if (t.raw.replace(HIDDEN, '').replace(/[\s:-]/g, '').length === 40) defects.delete('wrong-length');
      }
      if (defects.size === 0) continue;
      const bindings = { thumbprint: t.clean };
      const facts = [{ label: 'cleaned thumbprint', value: t.clean }];
      const evidence = [quoteOf(intake, t, `thumbprint${t.label ? ` (${t.label})` : ''}`)];
      const emit = (id: string, strength: number, fact?: { label: string; value: string }) =>
        out.push({ id, strength, evidence, bindings, facts: fact ? [...facts, fact] : facts });
      if (defects.has('hidden-chars')) emit('thumbprint.hidden-chars', 0.95, { label: 'hidden characters', value: hiddenCharsOf(t).join(', ') });
      if (defects.has('spaces') || defects.has('separators')) emit('thumbprint.spaces', 0.9);
      if (defects.has('wrong-length')) emit('thumbprint.wrong-length', 0.9, { label: 'hex digits', value: `${t.clean.length} (a thumbprint has 40)` });
      if (defects.has('non-hex')) emit('thumbprint.non-hex', 0.85);
    }
    return out;
  },
};
