// DPM needs the certificate's private key on the machine; certutil shows no key provider block
// (or "Missing stored keyset") when only the certificate was imported.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertNoPrivateKey: Rule = {
  id: 'dpm.cert-no-private-key',
  description: 'certutil shows the certificate without a private key (no key provider block, or "Missing stored keyset").',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.hasPrivateKey !== false) return [];
      return [blockSignal(intake, c, 'dpm.cert-no-private-key', 0.8, { label: 'private key', value: 'none on this machine' })];
    });
  },
};
