// The channel-neutral turn: route a message to a command or to the diagnosis, with the evidence
// remembered from earlier turns. Teams (via botbuilder) and direct Slack (via Bolt) both call this,
// so both answer the same way; only the rendering differs.
import { diagnose, type Evidence, type Input, type Knowledge, type Reply } from '../core';
import { parseCommand, runCommand, type CommandOutput } from './commands';

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

export async function answerQuestion(q: Question, knowledge: Knowledge): Promise<Answer> {
  if (!q.files.length) {
    const parsed = parseCommand(q.text);
    if (parsed) return { kind: 'command', output: runCommand(parsed, knowledge) };
  }
  const inputs: Input[] = [];
  if (q.text.trim()) inputs.push({ name: 'message', content: q.text });
  inputs.push(...q.files);
  if (!inputs.length) return { kind: 'nothing', notes: q.notes };
  const now = q.now ?? new Date();
  const { reply, intake } = await diagnose(inputs, { knowledge, memory: q.memory, now });
  return { kind: 'diagnosis', reply: { ...reply, notes: [...q.notes, ...reply.notes] }, newEvidence: intake.evidence };
}
