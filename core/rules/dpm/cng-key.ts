// DPM's certificate code uses the legacy CryptoAPI: a key in a CNG Key Storage Provider (certutil
// prints a "… Key Storage Provider" or ProviderType 0) is rejected.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertCngKey: Rule = {
  id: 'dpm.cert-cng-key',
  description: 'certutil shows the private key in a CNG Key Storage Provider (or ProviderType 0); DPM supports only legacy CryptoAPI CSP keys.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      const ksp = /Key Storage Provider/i.test(c.provider ?? '') || c.providerType === 0;
      if (!ksp) return [];
      const value = c.provider ?? `ProviderType = ${c.providerType}`;
      return [blockSignal(intake, c, 'dpm.cert-cng-key', 0.9, { label: 'key provider (CNG, not supported by DPM)', value })];
    });
  },
};
