// A cause of the knowledge graph as the finding a flow stops at, for the stops that rest on an answer
// rather than a paste ("no" to a confirm step → its noCause). Placeholders the user has not given are
// shown as <thumbprint>, as in every reply.

import { fill } from '../core/diagnose/bindings';
import type { Language } from '../core/model/evidence';
import type { EvidenceQuote, Reference, Step } from '../core/model/reply';
import type { Knowledge } from '../knowledge/graph';
import type { RawStep } from '../knowledge/schema';
import type { GuideFinding } from './guide-model';

function steps(list: RawStep[]): Step[] {
  return list.map((s) => ({ text: fill(s.text, {}), ...(s.command ? { command: fill(s.command, {}) } : {}), ...(s.shell ? { shell: s.shell } : {}) }));
}

export function findingOfCause(knowledge: Knowledge, causeId: string, language: Language, evidence: EvidenceQuote[] = []): GuideFinding {
  const cause = knowledge.causes.get(causeId);
  if (!cause) {
    // Lint keeps flows pointing at real causes; a knowledge being edited may not, and must not crash a turn.
    return { id: causeId, title: causeId, summary: '', remediation: [], verify: [], evidence, references: [] };
  }
  const de = language === 'de' ? cause.de : undefined;
  const remediation: Step[] = [];
  for (const id of cause.remediation) {
    const r = knowledge.remediations.get(id);
    if (r) remediation.push(...steps(de && r.de?.steps?.length ? r.de.steps : r.steps));
  }
  const verify: Step[] = [];
  for (const id of cause.verify) {
    const v = knowledge.checks.get(id);
    if (v) verify.push(...steps(de && v.de?.steps?.length ? v.de.steps : v.steps));
  }
  const references: Reference[] = cause.sources
    .map((s) => knowledge.sources.get(s))
    .filter((s) => s !== undefined)
    .map((s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}), ...(s.note ? { note: s.note } : {}) }));
  return {
    id: cause.id,
    title: de?.title ?? cause.title,
    summary: de?.summary ?? cause.summary,
    remediation,
    verify,
    evidence,
    references,
  };
}
