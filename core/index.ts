// The diagnostic core's public face. Channels (bot, CLI, dialogs) call these and nothing deeper.
//   readInputs:     inputs (+ evidence remembered from earlier turns) → Intake (typed evidence)
//   diagnoseIntake: Intake → Reply (ranked findings, decoded codes, notes)
//   diagnose:       both in one call
import type { Evidence, Input, Intake, Language } from './model/evidence';
import type { Reply } from './model/reply';
import type { Knowledge } from '../knowledge/graph';
import { shippedKnowledge } from './shipped-knowledge';
import { describeCause, type CauseContent } from './diagnose/finding';
import { readInputs } from './intake';
import { diagnoseIntake, diagnoseIntakeDetailed, type SymptomHit } from './diagnose';

export interface DiagnoseOptions {
  knowledge?: Knowledge;
  /** The clock; validity checks are made against it. */
  now?: Date;
  /** Evidence from earlier turns of the conversation, correlated with this turn's. */
  memory?: Evidence[];
  /** Force the reply language; by default the input's language is used. */
  language?: Language;
}

export async function diagnose(inputs: Input[], options: DiagnoseOptions = {}): Promise<{ reply: Reply; intake: Intake }> {
  const knowledge = options.knowledge ?? shippedKnowledge();
  const intake = await readInputs(inputs, knowledge, { memory: options.memory, now: options.now });
  const reply = diagnoseIntake(intake, knowledge, { now: options.now, language: options.language });
  return { reply, intake };
}

export { readInputs, diagnoseIntake, diagnoseIntakeDetailed, shippedKnowledge, describeCause };
export type { CauseContent };
export type { SymptomHit };
export type { Evidence, Input, Intake, Language, Reply, Knowledge };
