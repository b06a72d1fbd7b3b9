// Intake → Reply. Runs the rules, matches the knowledge's symptoms, ranks causes, and builds a reply
// whose every finding quotes the evidence it rests on. When nothing matches it says so plainly and
// still decodes every code it recognised.

import type { Knowledge } from '../../knowledge/graph';
import { decodeCode } from '../../knowledge/decode';
import { evidenceOf, type Evidence, type Intake, type Language } from '../model/evidence';
import type { DecodedCode, Reply } from '../model/reply';
import { buildQuestionIndex } from '../nlp';
import { allRules } from '../rules';
import type { Rule, Signal } from '../rules/rule';
import { bindingsFromEvidence } from './bindings';
import { buildFinding } from './finding';
import { matchSymptoms, type SymptomHit } from './match';
import { rankCauses, withParents } from './rank';
import { isOnTopic } from './relevance';
import { salientText } from './salient-text';
import { texts } from './texts';

export type { SymptomHit };

export interface DiagnoseIntakeOptions {
  now?: Date;
  language?: Language;
  rules?: Rule[];
  /** At most this many findings (best first). */
  maxFindings?: number;
}

const MAX_FINDINGS = 5;
/**
 * The question index's calibration (core/nlp QUESTION_SCORE) puts off-topic IT questions around
 * 0.2; those are already kept out by the relevance gate (relevance.ts), so on-topic questions may
 * be answered from 0.2, which German questions (stemmed, partly glossary-mapped) need.
 */
const MIN_QUESTION_SCORE = 0.2;
const QUESTION_CANDIDATES = 8;
/** Kinds of evidence that are more than words. */
const SOFT_KINDS = new Set<Evidence['kind']>(['mention']);

export function runRules(rules: Rule[], ctx: Parameters<Rule['run']>[0]): { signals: Signal[]; failed: string[] } {
  const signals: Signal[] = [];
  const failed: string[] = [];
  for (const rule of rules) {
    try {
      signals.push(...rule.run(ctx));
    } catch {
      // A broken rule must not take the answer down with it; the reply says a check was skipped.
      failed.push(rule.id);
    }
  }
  return { signals, failed };
}

export function diagnoseIntake(intake: Intake, knowledge: Knowledge, options: DiagnoseIntakeOptions = {}): Reply {
  return diagnoseIntakeDetailed(intake, knowledge, options).reply;
}

/**
 * The reply, and the knowledge symptoms the input matched (with their evidence): what a guided
 * flow needs to judge a hop, which a reply's ranked causes do not say.
 */
export function diagnoseIntakeDetailed(
  intake: Intake,
  knowledge: Knowledge,
  options: DiagnoseIntakeOptions = {},
): { reply: Reply; symptoms: SymptomHit[] } {
  const language = options.language ?? intake.language;
  const t = texts(language);
  const now = options.now ?? new Date();
  const { signals, failed } = runRules(options.rules ?? allRules, { intake, knowledge, now, language });

  const sourceOf = (e: Evidence) => (e.span ? intake.inputs[e.span.input]?.name : undefined);
  const hits = matchSymptoms(knowledge, intake, signals, salientText(intake), sourceOf);

  const questionScores = new Map<string, number>();
  if (intake.question && isOnTopic(intake, knowledge)) {
    for (const r of buildQuestionIndex(knowledge).query(intake.question, language).slice(0, QUESTION_CANDIDATES)) {
      if (!r.id.startsWith('flow:')) questionScores.set(r.id, r.score);
    }
  }
  const mentioned = withParents(knowledge, evidenceOf(intake, 'mention').map((m) => m.component));
  const hardEvidence = intake.evidence.some((e) => !SOFT_KINDS.has(e.kind));
  const ranked = rankCauses(knowledge, hits, { mentioned, questionScores, hardEvidence, minQuestionScore: MIN_QUESTION_SCORE });

  const bindings = bindingsFromEvidence(intake);
  for (const s of signals) for (const [key, value] of Object.entries(s.bindings ?? {})) bindings[key] ??= value;

  const decodedByRaw = new Map<string, DecodedCode>();
  const decode = (code: { value: number; raw: string }): DecodedCode => {
    const key = `${code.value >>> 0}`;
    let d = decodedByRaw.get(key);
    if (!d) {
      d = decodeCode(knowledge, code.value, code.raw);
      decodedByRaw.set(key, d);
    }
    return d;
  };

  const findings = ranked
    .slice(0, options.maxFindings ?? MAX_FINDINGS)
    .map((r) => buildFinding(knowledge, r, language, bindings, decode, intake.question));
  const decoded = evidenceOf(intake, 'code').map(decode);

  const notes = [...intake.notes];
  if (failed.length) notes.push(t.rulesSkipped(failed.length));
  const followUps: string[] = [];
  if (findings.length === 0) {
    const nothingRead = !intake.text.trim() && intake.evidence.length === 0;
    // With nothing read, the reader's own note says so; "could not match" would only repeat it.
    if (!nothingRead || notes.length === 0) notes.push(decoded.length ? t.noMatchButCodes : t.noMatch);
    if (nothingRead) followUps.push(...t.askForEvidence);
  }

  const facts: Reply['facts'] = [];
  for (const s of signals) {
    for (const f of s.facts ?? []) if (!facts.some((x) => x.label === f.label && x.value === f.value)) facts.push(f);
  }

  return { reply: { language, findings, decoded: dedupeDecoded(decoded), notes, followUps, facts }, symptoms: hits };
}

function dedupeDecoded(list: DecodedCode[]): DecodedCode[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d.hex) ? false : (seen.add(d.hex), true)));
}
