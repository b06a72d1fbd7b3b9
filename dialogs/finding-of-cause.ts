// A cause of the knowledge graph as the finding a flow stops at, for the stops that rest on an answer
// rather than a paste ("no" to a confirm step → its noCause). The text, steps and sources come from
// the core's describeCause, as in every reply; placeholders the user has not given show as <thumbprint>.

import { describeCause } from '../core';
import type { Language } from '../core/model/evidence';
import type { EvidenceQuote } from '../core/model/reply';
import type { Knowledge } from '../knowledge/graph';
import type { GuideFinding } from './guide-model';

export function findingOfCause(knowledge: Knowledge, causeId: string, language: Language, evidence: EvidenceQuote[] = []): GuideFinding {
  const cause = knowledge.causes.get(causeId);
  if (!cause) {
    // Lint keeps flows pointing at real causes; a knowledge being edited may not, and must not crash a turn.
    return { id: causeId, title: causeId, summary: '', remediation: [], verify: [], evidence, references: [] };
  }
  const { title, summary, remediation, verify, references } = describeCause(knowledge, cause, language, {});
  return { id: cause.id, title, summary, remediation, verify, evidence, references };
}
