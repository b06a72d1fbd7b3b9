// Judges one hop of a flow from what the user pasted: the paste goes through the core (intake, rules,
// declarative symptom matching, diagnosis) and the hop is judged by WHICH knowledge symptoms matched:
//   one of the step's faultSymptoms     → fault (stop at the cause that symptom indicates)
//   a faultSymptom of another step      → fault at that step (the user pasted another hop's log)
//   one of the step's healthySymptoms   → healthy, and so are the following hops the same paste proves
//                                         healthy (a user may paste the CRP IIS log and CRP.log at once)
//   another step's healthySymptoms      → that hop is healthy, but the guide still needs this one
//   neither, but the core found causes  → unrelated (show that diagnosis, offer to resume)
//   nothing at all                      → unclear (say what healthy looks like, ask yes / no)
// Fault wins over healthy: one 414 among many 200s is the problem.

import { diagnoseIntakeDetailed, readInputs, type SymptomHit } from '../core';
import type { Input, Language } from '../core/model/evidence';
import type { Finding, Reply } from '../core/model/reply';
import type { Knowledge, Located } from '../knowledge/graph';
import type { RawFlow, RawFlowStep } from '../knowledge/schema';
import { findingOfCause } from './finding-of-cause';
import type { GuideFinding } from './guide-model';

export type HopVerdict =
  | { verdict: 'fault'; finding: GuideFinding; stepIndex: number }
  | { verdict: 'healthy'; hits: SymptomHit[]; /** Following steps this paste proves healthy too, in order. */ ahead: number[] }
  | { verdict: 'other-healthy'; stepIndex: number; hits: SymptomHit[] }
  | { verdict: 'unrelated'; reply: Reply }
  | { verdict: 'unclear'; reply: Reply };

export interface JudgeOptions {
  now?: Date;
  language: Language;
}

export async function judgeHop(
  knowledge: Knowledge,
  flow: Located<RawFlow>,
  stepIndex: number,
  inputs: Input[],
  options: JudgeOptions,
): Promise<HopVerdict> {
  const now = options.now ?? new Date();
  // Only this turn's inputs: a hop's verdict must rest on what the user pasted for it, not on evidence
  // remembered from earlier hops (an earlier hop's healthy log would otherwise answer every later one).
  const intake = await readInputs(inputs, knowledge, { now });
  const { reply, symptoms: hits } = diagnoseIntakeDetailed(intake, knowledge, { now, language: options.language });

  const step = flow.steps[stepIndex];
  const fault = faultAt(step, hits);
  if (fault.length) return { verdict: 'fault', stepIndex, finding: chooseFinding(knowledge, fault, reply, options.language) };

  // Another hop's fault: the hop whose fault symptoms this paste matches most (a CRP IIS 403.16 line
  // matches both the plug-in's "CRP answered 403" and the CRP log's untrusted-root symptom: it is the CRP's).
  let best: { index: number; hits: SymptomHit[] } | undefined;
  flow.steps.forEach((s, i) => {
    const other = i === stepIndex ? [] : faultAt(s, hits);
    if (other.length > (best?.hits.length ?? 0)) best = { index: i, hits: other };
  });
  if (best) return { verdict: 'fault', stepIndex: best.index, finding: chooseFinding(knowledge, best.hits, reply, options.language) };

  const healthy = healthyAt(step, hits);
  if (healthy.length) {
    const ahead: number[] = [];
    for (let i = stepIndex + 1; i < flow.steps.length && healthyAt(flow.steps[i], hits).length; i++) ahead.push(i);
    return { verdict: 'healthy', hits: healthy, ahead };
  }
  const other = flow.steps.findIndex((s) => healthyAt(s, hits).length > 0);
  if (other >= 0) return { verdict: 'other-healthy', stepIndex: other, hits: healthyAt(flow.steps[other], hits) };
  return reply.findings.length ? { verdict: 'unrelated', reply } : { verdict: 'unclear', reply };
}

function healthyAt(step: RawFlowStep, hits: SymptomHit[]): SymptomHit[] {
  return hits.filter((h) => step.healthySymptoms?.includes(h.symptom.id));
}

function faultAt(step: RawFlowStep, hits: SymptomHit[]): SymptomHit[] {
  return hits.filter((h) => step.faultSymptoms?.includes(h.symptom.id));
}

/**
 * The cause to stop at: the core's best finding among the causes the fault symptoms indicate (it has
 * the user's values filled in and the evidence quoted); else the strongest indicated cause, built from
 * the knowledge with the quotes of the matching symptoms.
 */
function chooseFinding(knowledge: Knowledge, fault: SymptomHit[], reply: Reply, language: Language): GuideFinding {
  const indicated = new Map<string, number>();
  for (const h of fault) {
    for (const ind of h.symptom.indicates) indicated.set(ind.cause, Math.max(indicated.get(ind.cause) ?? 0, ind.weight * h.strength));
  }
  const fromReply = reply.findings.find((f) => indicated.has(f.id));
  if (fromReply) return fromFinding(fromReply);
  const [best] = [...indicated.entries()].sort((a, b) => b[1] - a[1]);
  const quotes = fault.flatMap((h) => h.quotes).slice(0, 6);
  return findingOfCause(knowledge, best[0], language, quotes);
}

function fromFinding(f: Finding): GuideFinding {
  return { id: f.id, title: f.title, summary: f.summary, remediation: f.remediation, verify: f.verify, evidence: f.evidence, references: f.references };
}
