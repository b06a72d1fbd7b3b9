// DPM requires a public key of at least 1024 bits (certutil: "Public Key Length: N bits").
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertKeyTooShort: Rule = {
  id: 'dpm.cert-key-too-short',
  description: 'certutil shows a public key shorter than 1024 bits.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.publicKeyLength === undefined || c.publicKeyLength >= 1024) return [];
      return [blockSignal(intake, c, 'dpm.cert-key-too-short', 0.9, { label: 'public key length', value: `${c.publicKeyLength} bits (DPM needs at least 1024)` })];
    });
  },
};
