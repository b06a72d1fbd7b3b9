// DPM requires X.509 v3 certificates (certutil: "Version: 3").
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertNotV3: Rule = {
  id: 'dpm.cert-not-v3',
  description: 'certutil shows a certificate version other than 3.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.version === undefined || c.version === 3) return [];
      return [blockSignal(intake, c, 'dpm.cert-not-v3', 0.85, { label: 'version', value: `${c.version} (DPM needs X.509 v3)` })];
    });
  },
};
