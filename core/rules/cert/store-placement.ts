// Which store a CA certificate belongs in: a self-signed root in Trusted Root Certification
// Authorities, a CA certificate signed by another CA in Intermediate Certification Authorities.
// A non-self-signed certificate in Root breaks Schannel client authentication and Lync/Skype
// (KB 2795828) and makes chain building pick the wrong path.
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { isCa } from '../../cert/profile';
import { certSignal, distinctCertificates } from './shared';

export const storePlacementRule: Rule = {
  id: 'cert.store-placement',
  description: 'Says where an attached CA certificate belongs (Root vs Intermediate) when the input talks about stores.',
  citations: [
    { title: 'KB 2795828: Lync Server 2013 Front-End service cannot start (non-self-signed certificates in the Trusted Root store)', url: 'https://support.microsoft.com/kb/2795828' },
    { title: 'Windows certificate stores: Root holds self-signed roots, CA holds intermediate certification authorities', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/local-machine-and-current-user-certificate-stores' },
  ],
  run(ctx) {
    const pc = purposeContext(ctx.intake);
    if (!pc.purposes.has('store')) return [];
    const out: Signal[] = [];
    for (const c of distinctCertificates(ctx.intake)) {
      const f = c.facts;
      if (!f.selfSigned && isCa(f)) {
        out.push(certSignal('cert.store.intermediate-in-root', c, pc.store === 'intermediate' ? 0.3 : 0.9, [{ label: 'Belongs in', value: 'Intermediate Certification Authorities (Cert:\\LocalMachine\\CA): it is a CA certificate signed by another CA' }]));
      } else if (!f.selfSigned && pc.store === 'root') {
        out.push(certSignal('cert.store.intermediate-in-root', c, 0.9, [{ label: 'Belongs in', value: 'not in Trusted Root Certification Authorities: it is not self-signed' }]));
      } else if (f.selfSigned && isCa(f) && pc.store === 'intermediate') {
        out.push(certSignal('cert.store.root-in-intermediate', c, 0.9, [{ label: 'Belongs in', value: 'Trusted Root Certification Authorities (Cert:\\LocalMachine\\Root): it is a self-signed root' }]));
      }
    }
    return out;
  },
};
