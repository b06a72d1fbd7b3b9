// Lync / Skype for Business server certificates: Server EKU, a CRL distribution point, and no
// RSASSA-PSS signature (unsupported).
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { lyncUnmet } from '../../cert/requirements';
import { certSignal, judgedCertificates } from './shared';

export const lyncServerRule: Rule = {
  id: 'cert.lync-server',
  description: 'Judges Lync / Skype for Business server certificates: Server EKU, CDP, no RSASSA-PSS.',
  citations: [
    { title: 'Environmental requirements for Skype for Business Server: certificates', url: 'https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements' },
  ],
  run(ctx) {
    if (!purposeContext(ctx.intake).purposes.has('lync')) return [];
    const out: Signal[] = [];
    for (const c of judgedCertificates(ctx.intake)) {
      const unmet = lyncUnmet(c.facts);
      if (unmet.includes('eku-server')) out.push(certSignal('cert.lync.no-server-auth', c, 1, [{ label: 'Enhanced Key Usage', value: c.facts.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(empty)' }]));
      if (unmet.includes('cdp')) out.push(certSignal('cert.lync.no-cdp', c, 0.9, [{ label: 'CRL Distribution Points', value: '(none)' }]));
      if (unmet.includes('pss')) out.push(certSignal('cert.lync.pss-signature', c, 1, [{ label: 'Signature algorithm', value: 'RSASSA-PSS' }]));
    }
    return out;
  },
};
