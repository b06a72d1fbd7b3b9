// Is a question about our field at all? The question index always finds *some* nearest cause, so
// words alone may raise a finding only when the question names something of the field: a product or
// component the knowledge knows (a mention), a code, or a word of the knowledge's vocabulary.
// "thanks, that fixed it!" and "the printer is out of paper" are then not answered with a cause.

import type { Knowledge } from '../../knowledge/graph';
import type { Intake } from '../model/evidence';

interface CompiledVocabulary {
  words: Set<string>;
  prefixes: string[];
}

const cache = new WeakMap<Knowledge, CompiledVocabulary>();

function compiled(k: Knowledge): CompiledVocabulary {
  let c = cache.get(k);
  if (!c) {
    c = { words: new Set(), prefixes: [] };
    for (const w of k.vocabulary) {
      if (w.endsWith('*')) c.prefixes.push(w.slice(0, -1));
      else c.words.add(w);
    }
    cache.set(k, c);
  }
  return c;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}._-]*/gu;

export function namesTheField(text: string, k: Knowledge): boolean {
  const v = compiled(k);
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/[._-]+$/, '');
    if (v.words.has(w)) return true;
    if (v.prefixes.some((p) => w.startsWith(p))) return true;
  }
  return false;
}

/** Words that close a conversation: thanks, it works, fixed (English and German). */
const RESOLVED = /\b(?:thanks|thank you|thx|cheers|works(?: now| again| fine)?|working (?:now|again)|fixed|solved|resolved|danke|funktioniert(?: jetzt| wieder)?|gelöst|behoben)\b/i;
/** Words that report trouble, which a closing word does not cancel ("thanks, but it still fails"). */
const TROUBLE = /\b(?:not|no longer|n't|cannot|can't|unable|fail\w*|error\w*|still|but|broken|stopped|nicht|kein\w*|fehl\w*|aber|immer noch|noch immer)\b|\?/i;

/**
 * "We renewed the certificate and everything works, thanks!" names the field but reports a fix:
 * there is nothing to diagnose, and answering it with a cause would be noise.
 */
export function reportsResolution(text: string): boolean {
  return RESOLVED.test(text) && !TROUBLE.test(text);
}

/**
 * Whether words alone may raise findings: the input holds evidence (a mention of a known component,
 * a code, an event…) or names the field, and does not merely report that the problem is solved.
 */
export function isOnTopic(intake: Intake, k: Knowledge): boolean {
  if (intake.question !== undefined && reportsResolution(intake.question)) return false;
  if (intake.evidence.length > 0) return true;
  return intake.question !== undefined && namesTheField(intake.question, k);
}
