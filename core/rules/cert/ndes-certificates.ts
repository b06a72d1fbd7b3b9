// NDES: the registration-authority certificates (Exchange Enrollment Agent (Offline request) and
// CEP Encryption, both with Certificate Request Agent) and the NDES server's client-authentication
// certificate that the ConfigMgr policy module presents to the CRP (1024 or 2048 bits).
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { isRequestAgent, ndesClientAuthUnmet, ndesRaUnmet } from '../../cert/requirements';
import { allowsUsage } from '../../cert/profile';
import { OID } from '../../cert/oids';
import { certSignal, judgedCertificates } from './shared';

export const ndesCertificatesRule: Rule = {
  id: 'cert.ndes-certificates',
  description: 'Judges NDES RA certificates and the NDES policy-module client-authentication certificate when the input is about NDES/SCEP.',
  citations: [
    { title: 'The nightmare of renewing NDES enrollment agent certificates (RA templates, Certificate Request Agent EKU)', url: 'https://techcommunity.microsoft.com/blog/coreinfrastructureandsecurityblog/the-nightmare-of-renewing-ndes-enrollment-agent-certificates/4496052' },
    { title: 'Certificate infrastructure for ConfigMgr: NDES policy module client authentication certificate', url: 'https://learn.microsoft.com/en-us/intune/configmgr/protect/plan-design/certificate-infrastructure' },
  ],
  run(ctx) {
    if (!purposeContext(ctx.intake).purposes.has('ndes')) return [];
    const out: Signal[] = [];
    for (const c of judgedCertificates(ctx.intake)) {
      const f = c.facts;
      const eku = f.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(none: all purposes)';
      if (isRequestAgent(f)) {
        if (ndesRaUnmet(f).includes('ku')) {
          out.push(certSignal('cert.ndes.ra-key-usage', c, 0.9, [{ label: 'Key Usage', value: f.keyUsage?.names.join(', ') || '(none)' }]));
        }
        continue;
      }
      if (allowsUsage(f, OID.clientAuth)) {
        if (ndesClientAuthUnmet(f).includes('key-size')) {
          out.push(certSignal('cert.ndes.client-auth-key-size', c, 0.8, [{ label: 'Public key', value: `${f.publicKey.bits} bits (the policy module expects 1024 or 2048)` }]));
        }
        continue;
      }
      out.push(certSignal('cert.ndes.wrong-eku', c, 0.9, [{ label: 'Enhanced Key Usage', value: `${eku}; NDES needs Certificate Request Agent (RA certificates) or Client Authentication (policy module)` }]));
    }
    return out;
  },
};
