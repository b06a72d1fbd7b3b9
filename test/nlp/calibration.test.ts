// Checks the score thresholds QUESTION_SCORE documents against the knowledge as it grows: held-out
// paraphrases of a cause's questions against questions from the rest of IT that no cause answers.

import { buildQuestionIndex, heldOutQuestion, QUESTION_SCORE } from '../../core/nlp';
import { knowledgeUnderTest } from './knowledge-under-test';

const OFF_TOPIC = [
  "what's the weather",
  'how much RAM does Exchange need',
  'my printer is offline',
  'Outlook keeps asking for a password',
  "how do I reset a user's password in Active Directory",
  'the SQL server is slow',
  'wie spät ist es',
  'Drucker druckt nicht',
  'why is my laptop battery draining',
  'can you recommend a good pizza place',
  'how do I add a user to a group',
  'the file server share is not accessible',
  'Teams meeting audio is choppy',
  'how do I extend a disk in Windows Server',
  'VPN disconnects every hour',
  'why is the DHCP scope full',
  'our Exchange mailbox database is dismounted',
  'Warum ist der Server so langsam',
  'Wie richte ich einen Drucker ein',
  'how do I install Windows updates offline',
  'group policy is not applied to the computer',
  'the backup job takes too long',
  'DNS name resolution fails for external names',
  'how do I enable remote desktop',
  'Windows activation fails',
  'the domain controller replication fails',
  'Excel crashes when opening a file',
  'Outlook zeigt keine neuen Mails an',
  'my password expired',
  'how do I map a network drive',
];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
}

describe('question score calibration', () => {
  it('keeps off-topic questions below the candidate threshold and paraphrases above it', () => {
    const { knowledge, name } = knowledgeUnderTest();
    const held = new Map([...knowledge.causes.values()].map((c) => [c.id, heldOutQuestion(c.id, c.questions)]));
    const index = buildQuestionIndex(knowledge, (id, q, language) => language !== 'en' || held.get(id) !== q);
    const correct: number[] = [];
    for (const [id, question] of held) {
      if (!question) continue;
      const [best] = index.query(question);
      if (best?.id === id) correct.push(best.score);
    }
    const offTopic = OFF_TOPIC.map((q) => index.query(q, undefined, 1)[0]?.score ?? 0);
    const confidentOffTopic = offTopic.filter((s) => s >= QUESTION_SCORE.confident).length / offTopic.length;
    console.log(
      [
        `question score calibration on the ${name}:`,
        `  held-out paraphrases ranked first: p10 ${quantile(correct, 0.1).toFixed(2)}, median ${quantile(correct, 0.5).toFixed(2)}`,
        `  off-topic questions' best match:   median ${quantile(offTopic, 0.5).toFixed(2)}, p90 ${quantile(offTopic, 0.9).toFixed(2)}`,
        `  off-topic at or above "confident" (${QUESTION_SCORE.confident}): ${(confidentOffTopic * 100).toFixed(0)} %`,
      ].join('\n'),
    );
    expect(correct.length).toBeGreaterThanOrEqual(8);
    expect(quantile(offTopic, 0.5)).toBeLessThan(QUESTION_SCORE.candidate);
    expect(quantile(correct, 0.5)).toBeGreaterThan(QUESTION_SCORE.candidate);
    expect(confidentOffTopic).toBeLessThanOrEqual(0.2);
  });
});
