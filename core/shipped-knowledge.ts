// The knowledge shipped with the program, with what the build precomputed from it restored: the
// question index (tokenising and stemming the whole knowledge costs a first question ~0.3 s).
import type { Knowledge } from '../knowledge/graph';
import { compiledArtifact, defaultKnowledge } from '../knowledge/files';
import { restoreQuestionIndex, type QuestionIndexSnapshot } from './nlp';

const restored = new WeakSet<Knowledge>();

export function shippedKnowledge(): Knowledge {
  const k = defaultKnowledge();
  if (!restored.has(k)) {
    restored.add(k);
    const snapshot = compiledArtifact<QuestionIndexSnapshot>('question-index');
    if (snapshot) restoreQuestionIndex(k, snapshot);
  }
  return k;
}
