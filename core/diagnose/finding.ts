// Turns a ranked cause into a finding: the cause's text in the user's language, its remediation and
// checks with the user's values filled in, the evidence it rests on, its sources.

import type { Knowledge, Located } from '../../knowledge/graph';
import type { GermanText, RawCause, RawStep } from '../../knowledge/schema';
import type { Language } from '../model/evidence';
import type { ConfidenceLabel, DecodedCode, EvidenceQuote, Finding, Reference, Step } from '../model/reply';
import { fill, type Bindings } from './bindings';
import type { RankedCause } from './rank';

export function confidenceLabel(score: number): ConfidenceLabel {
  if (score >= 0.75) return 'high';
  if (score >= 0.45) return 'medium';
  return 'low';
}

type Localisable = { title: string; de?: GermanText };

function localise<T extends Localisable>(node: T, field: keyof GermanText & keyof T, lang: Language): string {
  const de = lang === 'de' ? node.de?.[field] : undefined;
  return (typeof de === 'string' ? de : (node[field] as unknown as string)) ?? '';
}

function steps(list: RawStep[], bindings: Bindings): Step[] {
  return list.map((s) => ({
    text: fill(s.text, bindings),
    ...(s.command ? { command: fill(s.command, bindings) } : {}),
    ...(s.shell ? { shell: s.shell } : {}),
  }));
}

function nodeSteps(node: { title: string; steps: RawStep[]; de?: GermanText }, lang: Language, bindings: Bindings): Step[] {
  const list = lang === 'de' && node.de?.steps?.length ? node.de.steps : node.steps;
  return steps(list, bindings);
}

/** What the knowledge says about a cause, in the user's language, with their values filled in. */
export interface CauseContent {
  title: string;
  summary: string;
  cause: string;
  remediation: Step[];
  verify: Step[];
  references: Reference[];
}

export function describeCause(k: Knowledge, c: Located<RawCause>, lang: Language, bindings: Bindings): CauseContent {
  const remediation: Step[] = [];
  for (const id of c.remediation) {
    const r = k.remediations.get(id);
    if (r) remediation.push(...nodeSteps(r, lang, bindings));
  }
  const verify: Step[] = [];
  for (const id of c.verify) {
    const v = k.checks.get(id);
    if (v) verify.push(...nodeSteps(v, lang, bindings));
  }
  const references: Reference[] = c.sources
    .map((s) => k.sources.get(s))
    .filter((s) => s !== undefined)
    .map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}), ...(s.note ? { note: s.note } : {}) }));
  return {
    title: fill(localise(c, 'title', lang), bindings),
    summary: fill(localise(c, 'summary', lang), bindings),
    cause: fill(localise(c, 'explanation', lang), bindings),
    remediation,
    verify,
    references,
  };
}

export function buildFinding(
  k: Knowledge,
  ranked: RankedCause,
  lang: Language,
  bindings: Bindings,
  decode: (code: { value: number; raw: string }) => DecodedCode,
  question?: string,
): Finding {
  const c = ranked.cause;
  const own: Bindings = { ...bindings };
  for (const { hit } of ranked.hits) Object.assign(own, hit.bindings);

  const content = describeCause(k, c, lang, own);

  const evidence: EvidenceQuote[] = [];
  for (const { hit } of [...ranked.hits].sort((a, b) => b.hit.strength * b.weight - a.hit.strength * a.weight)) {
    for (const q of hit.quotes) if (evidence.length < 6 && !evidence.some((e) => e.quote === q.quote)) evidence.push(q);
  }
  if (question && ranked.questionScore > 0 && evidence.length === 0) {
    evidence.push({ label: lang === 'de' ? 'Ihre Frage' : 'Your question', quote: question.slice(0, 240) });
  }

  const codes: DecodedCode[] = [];
  for (const { hit } of ranked.hits) {
    for (const code of hit.codes) if (!codes.some((d) => d.raw === code.raw)) codes.push(decode(code));
  }

  return {
    id: c.id,
    title: content.title,
    confidence: Math.round(ranked.score * 100) / 100,
    confidenceLabel: confidenceLabel(ranked.score),
    summary: content.summary,
    cause: content.cause,
    remediation: content.remediation,
    verify: content.verify,
    evidence,
    references: content.references,
    ...(codes.length ? { codes } : {}),
    ...(c.flow ? { flow: c.flow } : {}),
  };
}
