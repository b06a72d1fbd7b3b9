// Both ends of DPM certificate protection act as TLS client and server, so the certificate needs
// Client Authentication and Server Authentication when it has an EKU at all.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertMissingAuthEku: Rule = {
  id: 'dpm.cert-missing-auth-eku',
  description: 'certutil lists key usages that lack Client Authentication or Server Authentication.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      const usages = [...c.applicationPolicies, ...c.enhancedKeyUsage];
      // No EKU at all means "any purpose"; DPM checks both only when the extension is present.
      if (usages.length === 0) return [];
      const has = (name: RegExp, oid: string) => usages.some((u) => name.test(u) || u.trim() === oid);
      const missing = [
        ...(has(/client auth/i, '1.3.6.1.5.5.7.3.2') ? [] : ['Client Authentication']),
        ...(has(/server auth/i, '1.3.6.1.5.5.7.3.1') ? [] : ['Server Authentication']),
      ];
      if (missing.length === 0) return [];
      return [blockSignal(intake, c, 'dpm.cert-missing-auth-eku', 0.85, { label: 'missing key usage', value: missing.join(', ') })];
    });
  },
};
