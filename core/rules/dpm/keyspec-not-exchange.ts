// DPM requires an exchange key: certutil must show "KeySpec = 1 -- AT_KEYEXCHANGE". KeySpec 2
// (AT_SIGNATURE) comes from templates whose request purpose is Signature.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';
import type { Intake } from '../../model/evidence';
import { evidenceOf } from '../../model/evidence';

function verboseDump(text: string): boolean {
  return /certutil(?:\.exe)?\s+(?:-\w+\s+)*-v\b/i.test(text);
}

function dpmMentioned(intake: Intake): boolean {
  return evidenceOf(intake, 'mention').some((m) => m.component === 'dpm' || m.component.startsWith('dpm.'));
}

export const dpmCertKeySpecNotExchange: Rule = {
  id: 'dpm.cert-keyspec-not-exchange',
  description: 'certutil shows KeySpec other than 1 (AT_KEYEXCHANGE), or a CSP key block without any KeySpec.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.keySpec !== undefined) {
        if (c.keySpec === 1) return [];
        const value = `KeySpec = ${c.keySpec}${c.keySpecName ? ` -- ${c.keySpecName}` : ''} (DPM needs 1 -- AT_KEYEXCHANGE)`;
        return [blockSignal(intake, c, 'dpm.cert-keyspec-not-exchange', 0.9, { label: 'key spec', value })];
      }
      // A legacy CSP key whose block shows no KeySpec: verbose output (-v) always prints it, so the
      // paste was cut, and in a DPM conversation the exchange-key requirement is then unconfirmed; say
      // so with a weaker signal. Plain "certutil -store my" never prints KeySpec, so elsewhere stay silent.
      const cspKey = c.provider !== undefined && !/Key Storage Provider/i.test(c.provider) && c.providerType !== 0;
      if (!cspKey || !(verboseDump(intake.text) || dpmMentioned(intake))) return [];
      return [blockSignal(intake, c, 'dpm.cert-keyspec-not-exchange', 0.45, { label: 'key spec', value: 'not shown – DPM needs KeySpec = 1 -- AT_KEYEXCHANGE' })];
    });
  },
};
