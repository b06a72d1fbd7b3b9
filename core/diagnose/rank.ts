// Ranks causes by the evidence that supports them and by context.
//
// Evidence: each matched symptom votes for the causes it indicates with strength × weight, and the
// votes combine as a noisy-OR (two independent pieces of evidence make a cause more likely than
// either alone, and the score stays below 1).
// Context: a cause that affects a product, role or store the input names is lifted; a cause of a
// product the input does not name, while it names another one, is lowered.
// Questions: the question index's similarity joins as one more noisy-OR vote, weighing more when
// the input holds no hard evidence (a question asked in words) than when it does.

import type { Knowledge, Located } from '../../knowledge/graph';
import type { RawCause } from '../../knowledge/schema';
import type { SymptomHit } from './match';

export interface RankedCause {
  cause: Located<RawCause>;
  score: number;
  hits: { hit: SymptomHit; weight: number }[];
  questionScore: number;
}

export interface RankContext {
  /** Component ids the input names (mentions), parents included. */
  mentioned: Set<string>;
  /** Cause id → question-index similarity (0..1). */
  questionScores: Map<string, number>;
  /** Whether the input holds evidence other than words (codes, events, logs, certificates…). */
  hardEvidence: boolean;
  /** Below this question similarity a cause with no matched symptom is not raised (see core/nlp QUESTION_SCORE). */
  minQuestionScore: number;
}

const CONTEXT_LIFT = 1.2;
const OFF_CONTEXT = 0.85;
/**
 * A question that names no product gets the general answer before a product's own: "my certificate
 * expired" is not first a DPM problem.
 */
const UNNAMED_PRODUCT = 0.8;
const QUESTION_WEIGHT_ALONE = 0.85;
const QUESTION_WEIGHT_WITH_EVIDENCE = 0.4;
export const MIN_SCORE = 0.12;

/** The component and everything it is part of, transitively. */
export function withParents(k: Knowledge, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const p of k.components.get(id)?.partOf ?? []) stack.push(p);
  }
  return out;
}

function isProduct(k: Knowledge, id: string): boolean {
  const kind = k.components.get(id)?.kind;
  return kind === 'product' || kind === 'role';
}

function contextFactor(k: Knowledge, cause: Located<RawCause>, ctx: RankContext, questionOnly: boolean): number {
  const affected = withParents(k, cause.affects);
  if (ctx.mentioned.size === 0) {
    return questionOnly && [...affected].some((a) => isProduct(k, a)) ? UNNAMED_PRODUCT : 1;
  }
  for (const a of affected) if (ctx.mentioned.has(a)) return CONTEXT_LIFT;
  const causeProducts = [...affected].filter((a) => isProduct(k, a));
  const mentionedProducts = [...ctx.mentioned].filter((m) => isProduct(k, m));
  if (causeProducts.length && mentionedProducts.length) return OFF_CONTEXT;
  return 1;
}

export function rankCauses(k: Knowledge, symptomHits: SymptomHit[], ctx: RankContext): RankedCause[] {
  const byCause = new Map<string, { hit: SymptomHit; weight: number }[]>();
  for (const hit of symptomHits) {
    for (const ind of hit.symptom.indicates) {
      const list = byCause.get(ind.cause) ?? [];
      list.push({ hit, weight: ind.weight });
      byCause.set(ind.cause, list);
    }
  }
  const candidates = new Set([...byCause.keys(), ...ctx.questionScores.keys()]);
  const questionWeight = ctx.hardEvidence ? QUESTION_WEIGHT_WITH_EVIDENCE : QUESTION_WEIGHT_ALONE;
  const ranked: RankedCause[] = [];
  // Scores are capped at 0.99. Two causes that both reach the cap are told apart by their single most
  // decisive symptom, not by how many symptoms they collect: a generic cause gathers many weak ones
  // (an error ID, its code, its message) where the specific cause has the one detail line that names it.
  const decisive = new Map<RankedCause, number>();
  for (const id of candidates) {
    const cause = k.causes.get(id);
    if (!cause) continue;
    const hits = byCause.get(id) ?? [];
    const q = ctx.questionScores.get(id) ?? 0;
    if (hits.length === 0 && (cause.requiresEvidence || q < ctx.minQuestionScore)) continue;
    let miss = 1;
    for (const { hit, weight } of hits) miss *= 1 - hit.strength * weight;
    miss *= 1 - questionWeight * q;
    const score = Math.min(0.99, (1 - miss) * contextFactor(k, cause, ctx, hits.length === 0));
    if (score < MIN_SCORE) continue;
    const r: RankedCause = { cause, score, hits, questionScore: q };
    decisive.set(r, Math.max(0, ...hits.map(({ hit, weight }) => hit.strength * weight)));
    ranked.push(r);
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      decisive.get(b)! - decisive.get(a)! ||
      b.hits.length - a.hits.length ||
      a.cause.id.localeCompare(b.cause.id),
  );
}
