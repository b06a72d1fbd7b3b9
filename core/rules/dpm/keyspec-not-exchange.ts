// DPM requires an exchange key: certutil must show "KeySpec = 1 -- AT_KEYEXCHANGE". KeySpec 2
// (AT_SIGNATURE) comes from templates whose request purpose is Signature.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

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
      // A legacy CSP key whose block was pasted without the KeySpec line: DPM's exchange-key requirement
      // is unconfirmed, so say so with a weaker signal instead of staying silent.
      const cspKey = c.provider !== undefined && !/Key Storage Provider/i.test(c.provider) && c.providerType !== 0;
      if (!cspKey) return [];
      return [blockSignal(intake, c, 'dpm.cert-keyspec-not-exchange', 0.45, { label: 'key spec', value: 'not shown – DPM needs KeySpec = 1 -- AT_KEYEXCHANGE' })];
    });
  },
};
