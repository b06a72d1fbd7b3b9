// Running one rule on generated certificates and the user's words.
import type { Evidence } from '../../../core/model/evidence';
import type { Rule, Signal } from '../../../core/rules/rule';
import { ctxOf, intakeOf, NOW } from '../fixtures';

export type Content = string | Uint8Array;

export function run(rule: Rule, inputs: Content[] | { name: string; content: Content }[], question = '', extra: Evidence[] = [], now = NOW): Signal[] {
  const named = inputs.map((c, i) => (typeof c === 'object' && !(c instanceof Uint8Array) ? c : { name: `cert${i}.cer`, content: c }));
  return rule.run(ctxOf(intakeOf(named, question, extra), now));
}

export const ids = (signals: Signal[]) => signals.map((s) => s.id).sort();
