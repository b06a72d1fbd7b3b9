// The build ships the question index as a snapshot; restored, it must answer exactly as a fresh
// build of the same knowledge does.
import { buildQuestionIndex, questionIndexSnapshot, restoreQuestionIndex } from '../../core/nlp';
import { buildKnowledge } from '../../knowledge/load';
import { readKnowledgeTexts } from '../../knowledge/files';

describe('question index snapshot', () => {
  it('restores to an index with identical answers', () => {
    const texts = readKnowledgeTexts();
    const built = buildKnowledge(texts);
    const snapshot = JSON.parse(JSON.stringify(questionIndexSnapshot(built)));
    const restored = buildKnowledge(texts);
    restoreQuestionIndex(restored, snapshot);
    for (const q of ['why is Set-DPMCredentials failing', 'warum startet der Lync 2013 Frontend nicht', 'how do I troubleshoot SCEP enrollment', 'CRL offline 0x80092013']) {
      expect(buildQuestionIndex(restored).query(q)).toEqual(buildQuestionIndex(built).query(q));
    }
  });
});
