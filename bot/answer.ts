// The channel-neutral turn: route a message to a command or to the diagnosis, with the evidence
// remembered from earlier turns. Teams (via botbuilder) and direct Slack (via Bolt) both call this,
// so both answer the same way; only the rendering differs.
import type { Evidence, Input, Knowledge, Reply } from '../core';
import { parseCommand, runCommand, type CommandOutput } from './commands';
import { DiagnosisBusyError, DiagnosisTimeoutError, type DiagnosisRunner } from './diagnosis';

export interface Question {
  /** The message text with any @mention removed. */
  text: string;
  /** Downloaded attachments, as bytes. */
  files: Input[];
  /** Things to tell the user about their attachments (not analysed, refused, too large). */
  notes: string[];
  /** Evidence remembered from earlier turns. */
  memory: Evidence[];
  now?: Date;
}

export type Answer =
  | { kind: 'diagnosis'; reply: Reply; newEvidence: Evidence[] }
  | { kind: 'command'; output: CommandOutput }
  | { kind: 'nothing'; notes: string[] };

export interface AnswerDeps {
  knowledge: Knowledge;
  /** Where the diagnosis runs (worker threads or the event loop). */
  diagnosis: DiagnosisRunner;
}

export async function answerQuestion(q: Question, { knowledge, diagnosis }: AnswerDeps): Promise<Answer> {
  if (!q.files.length) {
    const parsed = parseCommand(q.text);
    if (parsed) return { kind: 'command', output: runCommand(parsed, knowledge) };
  }
  const inputs: Input[] = [];
  if (q.text.trim()) inputs.push({ name: 'message', content: q.text });
  inputs.push(...q.files);
  if (!inputs.length) return { kind: 'nothing', notes: q.notes };
  const now = q.now ?? new Date();
  try {
    const { reply, evidence } = await diagnosis.run({ inputs, memory: q.memory, now });
    return { kind: 'diagnosis', reply: { ...reply, notes: [...q.notes, ...reply.notes] }, newEvidence: evidence };
  } catch (err) {
    if (err instanceof DiagnosisTimeoutError) {
      const seconds = Math.round(err.limitMs / 1000);
      return { kind: 'nothing', notes: [...q.notes, `That took longer than ${seconds} s to analyse, so I stopped. Paste the part around the error (the event, the log lines near it) and I will look again.`] };
    }
    if (err instanceof DiagnosisBusyError) {
      return { kind: 'nothing', notes: [...q.notes, 'I am working through many diagnoses right now. Please send that again in a minute.'] };
    }
    throw err;
  }
}
