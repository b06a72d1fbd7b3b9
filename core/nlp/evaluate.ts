// Held-out evaluation of the question index (issue 5): one example question per cause is held out
// (chosen deterministically from the cause id, so runs are comparable), the index is built without
// it, and the held-out question is asked. Reports top-1 / top-3 accuracy for English questions and,
// separately, for German ones where causes have German questions.

import type { Knowledge } from '../../knowledge/graph';
import { buildQuestionIndex } from './question-index';
import type { Language } from './stopwords';

export interface HeldOutMiss {
  cause: string;
  question: string;
  language: Language;
  /** The top three ids the index returned instead. */
  got: string[];
}

export interface LanguageAccuracy {
  /** Questions asked (one per cause that has at least two example questions in that language). */
  evaluated: number;
  top1: number;
  top3: number;
}

export interface HeldOutReport {
  causes: number;
  en: LanguageAccuracy;
  de: LanguageAccuracy;
  /** Both languages together. */
  all: LanguageAccuracy;
  misses: HeldOutMiss[];
}

/** FNV-1a: a stable, platform-independent choice of which question to hold out. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The held-out question of a list (undefined when fewer than two: a cause must keep one). */
export function heldOutQuestion(causeId: string, questions: readonly string[] | undefined): string | undefined {
  const usable = (questions ?? []).filter((q) => typeof q === 'string' && q.trim());
  if (usable.length < 2) return undefined;
  return usable[fnv1a(causeId) % usable.length];
}

function ratio(hit: number, of: number): number {
  return of === 0 ? 0 : hit / of;
}

export function evaluateHeldOut(knowledge: Knowledge): HeldOutReport {
  const held = new Map<string, { en?: string; de?: string }>();
  for (const cause of knowledge.causes.values()) {
    held.set(cause.id, {
      en: heldOutQuestion(cause.id, cause.questions),
      de: heldOutQuestion(cause.id, cause.de?.questions),
    });
  }
  const index = buildQuestionIndex(knowledge, (causeId, question, language) => held.get(causeId)?.[language] !== question);

  const counts = { en: { n: 0, top1: 0, top3: 0 }, de: { n: 0, top1: 0, top3: 0 } };
  const misses: HeldOutMiss[] = [];
  for (const [cause, questions] of held) {
    for (const language of ['en', 'de'] as const) {
      const question = questions[language];
      if (!question) continue;
      // Asked as a user would: the index detects the language itself (a German question filed under
      // the English ones is still stemmed as German).
      const ranked = index.query(question, undefined, 3).map((m) => m.id);
      const c = counts[language];
      c.n += 1;
      if (ranked[0] === cause) c.top1 += 1;
      if (ranked.includes(cause)) c.top3 += 1;
      else misses.push({ cause, question, language, got: ranked });
    }
  }
  const acc = (c: { n: number; top1: number; top3: number }): LanguageAccuracy => ({
    evaluated: c.n,
    top1: ratio(c.top1, c.n),
    top3: ratio(c.top3, c.n),
  });
  return {
    causes: knowledge.causes.size,
    en: acc(counts.en),
    de: acc(counts.de),
    all: acc({
      n: counts.en.n + counts.de.n,
      top1: counts.en.top1 + counts.de.top1,
      top3: counts.en.top3 + counts.de.top3,
    }),
    misses,
  };
}
