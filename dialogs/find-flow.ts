// Which flow the user means. Three ways in:
//   a command     "guide", "guide scep", "guide dpm", "anleitung scep"  (id, alias, or the question index)
//   a question    "how do I troubleshoot SCEP enrollment"               (a flow alias in the text, or the
//                 question index ranking a flow first, or ranking it well when the user asks to be guided)
//   a diagnosis   a finding whose cause has `flow`, or whose cause a flow step stops at
// Everything is read from the knowledge; nothing here names a flow.

import type { Reply } from '../core/model/reply';
import { buildQuestionIndex } from '../core/nlp';
import type { Knowledge, Located } from '../knowledge/graph';
import type { RawFlow } from '../knowledge/schema';

/** "guide", "guides", "guide me", German "anleitung"/"leitfaden", optionally followed by what. */
const COMMAND = /^\s*\/?(guides?|flows?|anleitung|leitfaden)\b[\s:]*(.*)$/is;
/** Words that ask to be walked through something. */
const GUIDED_INTENT = /\b(troubleshoot\w*|walk me through|guide me|step by step|hop by hop|end to end|schritt für schritt|durchgehen|fehlersuche)\b/i;
/** Hex codes, long numbers (event / error IDs): a question about one error, not a request for a walk. */
const SPECIFIC_ERROR = /\b(0x[0-9a-f]{4,}|\d{4,})\b/i;
/** The question index's confident score (core/nlp: ~0.25 or more); a guided-intent question needs less. */
const CONFIDENT = 0.25;
const WITH_INTENT = 0.12;
/** Longer texts are pastes, not questions: the bot diagnoses them. */
const MAX_QUESTION_CHARS = 300;

export type FlowRequest = { kind: 'list'; unknown?: string } | { kind: 'start'; flow: Located<RawFlow> };

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function byIdOrAlias(knowledge: Knowledge, what: string): Located<RawFlow> | undefined {
  const w = norm(what);
  for (const f of knowledge.flows.values()) {
    if (norm(f.id) === w || f.aliases.some((a) => norm(a) === w)) return f;
  }
  return undefined;
}

function bestFlowByIndex(knowledge: Knowledge, text: string, flowsOnly: boolean): { flow: Located<RawFlow>; score: number; first: boolean } | undefined {
  const results = buildQuestionIndex(knowledge).query(text, undefined, 20);
  const i = results.findIndex((r) => r.id.startsWith('flow:'));
  if (i < 0 || (!flowsOnly && i > 0 && results[0].score > results[i].score * 1.5)) return undefined;
  const flow = knowledge.flows.get(results[i].id.slice('flow:'.length));
  return flow ? { flow, score: results[i].score, first: i === 0 } : undefined;
}

/** "guide …" commands. Undefined when the text is not a guide command. */
export function parseGuideCommand(knowledge: Knowledge, text: string): FlowRequest | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  const what = m[2].trim();
  if (!what || /^(list|all|me|help|liste)$/i.test(what)) return { kind: 'list' };
  const flow = byIdOrAlias(knowledge, what) ?? bestFlowByIndex(knowledge, what, true)?.flow;
  return flow ? { kind: 'start', flow } : { kind: 'list', unknown: what };
}

/** A question that asks for a flow ("how do I troubleshoot SCEP enrollment"). */
export function flowForQuestion(knowledge: Knowledge, text: string): Located<RawFlow> | undefined {
  if (!text.trim() || text.length > MAX_QUESTION_CHARS) return undefined;
  const t = ` ${norm(text)} `;
  const intent = GUIDED_INTENT.test(text);
  // An error code or number asks about that error: the diagnosis answers it better than a walk.
  const specific = SPECIFIC_ERROR.test(text);
  for (const f of knowledge.flows.values()) {
    // Multi-word aliases are specific enough to match inside a sentence; one-word ones ("dpm", and
    // "Set-DPMCredentials", one word as written) only when the user asks to be walked through.
    const phrase = f.aliases.some((a) => /\s/.test(a.trim()) && t.includes(` ${norm(a)} `));
    const word = intent && !specific && f.aliases.some((a) => !/\s/.test(a.trim()) && t.includes(` ${norm(a)} `));
    if (phrase || word) return f;
  }
  const best = bestFlowByIndex(knowledge, text, false);
  if (!best) return undefined;
  if (best.first && best.score >= CONFIDENT && !specific) return best.flow;
  if (intent && !specific && best.score >= WITH_INTENT) return best.flow;
  return undefined;
}

/** The flows that stop at each cause, worked out once per knowledge graph. */
const flowsByCauseCache = new WeakMap<Knowledge, Map<string, Located<RawFlow>[]>>();

function flowsByCause(knowledge: Knowledge): Map<string, Located<RawFlow>[]> {
  let map = flowsByCauseCache.get(knowledge);
  if (!map) {
    map = new Map();
    const add = (cause: string, flow: Located<RawFlow>) => {
      const list = map!.get(cause) ?? [];
      if (!list.includes(flow)) list.push(flow);
      map!.set(cause, list);
    };
    for (const flow of knowledge.flows.values()) {
      for (const s of flow.steps) {
        if (s.noCause) add(s.noCause, flow);
        for (const id of s.faultSymptoms ?? []) for (const i of knowledge.symptoms.get(id)?.indicates ?? []) add(i.cause, flow);
      }
    }
    flowsByCauseCache.set(knowledge, map);
  }
  return map;
}

/**
 * Flows that fit a diagnosis: a finding's own `flow`, or a flow one of whose steps stops at that cause
 * (its noCause, or a cause its fault symptoms indicate). Best finding first, each flow once, in
 * knowledge order within a finding.
 */
export function flowsForReply(knowledge: Knowledge, reply: Pick<Reply, 'findings'>): Located<RawFlow>[] {
  const out: Located<RawFlow>[] = [];
  const add = (f: Located<RawFlow> | undefined) => f && !out.includes(f) && out.push(f);
  const byCause = flowsByCause(knowledge);
  for (const finding of reply.findings) {
    if (finding.flow) add(knowledge.flows.get(finding.flow));
    for (const flow of byCause.get(finding.id) ?? []) add(flow);
  }
  return out;
}
