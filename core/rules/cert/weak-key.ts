// RSA/DSA keys under 1024 bits: Windows blocks them (KB 2661254) and DPM, NDES and Lync require at
// least 1024 bits.
import type { Rule } from '../rule';
import { weakKey, MIN_RSA_BITS } from '../../cert/profile';
import { certSignal, distinctCertificates, DPM_REQUIREMENTS } from './shared';

export const weakKeyRule: Rule = {
  id: 'cert.weak-key',
  description: `Flags RSA or DSA public keys shorter than ${MIN_RSA_BITS} bits.`,
  citations: [
    { title: 'Microsoft Security Advisory 2661254: Update for minimum certificate key length', url: 'https://learn.microsoft.com/en-us/security-updates/securityadvisories/2012/2661254' },
    { ...DPM_REQUIREMENTS, note: 'Key length should be at least 1024 bits' },
  ],
  run(ctx) {
    return distinctCertificates(ctx.intake)
      .filter((c) => weakKey(c.facts))
      .map((c) =>
        certSignal('cert.weak-key', c, 1, [{ label: 'Public key', value: `${c.facts.publicKey.algorithm} ${c.facts.publicKey.bits} bits` }], {
          keyBits: String(c.facts.publicKey.bits),
        }),
      );
  },
};
