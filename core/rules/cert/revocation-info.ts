// CRL distribution points and AIA: without any, no one can check revocation (DPM requires the
// revocation servers to be reachable, Lync requires a CDP); with LDAP-only locations, machines
// outside the domain (workgroup DPM agents, DMZ, internet clients) cannot reach them.
import type { Rule, Signal } from '../rule';
import { isCa, revocationInfo } from '../../cert/profile';
import { certSignal, distinctCertificates, DPM_REQUIREMENTS, RFC5280 } from './shared';

export const revocationInfoRule: Rule = {
  id: 'cert.revocation-info',
  description: 'Flags certificates without CRL/OCSP locations, or with LDAP-only locations.',
  citations: [{ ...DPM_REQUIREMENTS, note: 'The revocation servers of the associated CAs are online and accessible' }, { ...RFC5280, note: '§4.2.1.13 CRL Distribution Points, §4.2.2.1 AIA' }],
  run(ctx) {
    const out: Signal[] = [];
    for (const c of distinctCertificates(ctx.intake)) {
      if (c.facts.selfSigned) continue; // a root's revocation is never checked
      const r = revocationInfo(c.facts);
      const weight = isCa(c.facts) ? 0.6 : 0.8;
      if (r === 'none') out.push(certSignal('cert.no-revocation-info', c, weight, [{ label: 'Revocation', value: 'no CRL distribution point and no OCSP location' }]));
      if (r === 'ldap-only') {
        out.push(certSignal('cert.revocation-ldap-only', c, weight, [{ label: 'CRL Distribution Points', value: c.facts.crlDistributionPoints.join(', ') }], { url: c.facts.crlDistributionPoints[0] ?? '' }));
      }
    }
    return out;
  },
};
