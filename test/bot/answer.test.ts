// The channel-neutral turn: commands, diagnoses through the runner, and the friendly replies when a
// diagnosis is stopped (time limit) or refused (queue full), instead of an error id.
import { answerQuestion, type Question } from '../../bot/answer';
import { DiagnosisBusyError, DiagnosisTimeoutError, inlineRunner, type DiagnosisRunner } from '../../bot/diagnosis';
import { shippedKnowledge } from '../../core';

const knowledge = shippedKnowledge();
const question = (text: string): Question => ({ text, files: [], notes: ['note from the attachments'], memory: [], now: new Date('2026-11-22T12:00:00Z') });
const failing = (error: Error): DiagnosisRunner => ({ workers: 1, run: () => Promise.reject(error), close: async () => {} });

describe('answerQuestion', () => {
  it('diagnoses through the runner and keeps the attachment notes first', async () => {
    const answer = await answerQuestion(question('CertUtil: -verify command FAILED: 0x800b0109 (-2146762487 CERT_E_UNTRUSTEDROOT)'), { knowledge, diagnosis: inlineRunner(knowledge) });
    expect(answer.kind).toBe('diagnosis');
    if (answer.kind !== 'diagnosis') return;
    expect(answer.reply.notes[0]).toBe('note from the attachments');
    expect(answer.reply.decoded.map((d) => d.hex)).toContain('0x800B0109');
    expect(answer.newEvidence.some((e) => e.kind === 'code')).toBe(true);
  });

  it('answers commands without diagnosing', async () => {
    const answer = await answerQuestion(question('help'), { knowledge, diagnosis: failing(new Error('must not run')) });
    expect(answer.kind).toBe('command');
  });

  it('says the input took too long when the diagnosis was stopped, and asks for the part around the error', async () => {
    const answer = await answerQuestion(question('a huge log'), { knowledge, diagnosis: failing(new DiagnosisTimeoutError(30_000)) });
    expect(answer).toEqual({ kind: 'nothing', notes: ['note from the attachments', expect.stringMatching(/longer than 30 s.*Paste the part around the error/)] });
  });

  it('asks to send again later when too many diagnoses are waiting', async () => {
    const answer = await answerQuestion(question('0x80092013'), { knowledge, diagnosis: failing(new DiagnosisBusyError()) });
    expect(answer).toEqual({ kind: 'nothing', notes: ['note from the attachments', expect.stringMatching(/send that again/)] });
  });

  it('lets any other failure through to the turn error handler (error id, logged without content)', async () => {
    await expect(answerQuestion(question('0x80092013'), { knowledge, diagnosis: failing(new Error('worker stopped')) })).rejects.toThrow('worker stopped');
  });
});
