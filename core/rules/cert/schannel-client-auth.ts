// Schannel TLS client authentication: the client certificate needs Client Authentication (when an
// EKU is present) and Digital Signature (when a Key Usage is present); otherwise Schannel never
// offers it to the server.
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { schannelClientUnmet } from '../../cert/requirements';
import { certSignal, judgedCertificates, RFC5280 } from './shared';

export const schannelClientAuthRule: Rule = {
  id: 'cert.schannel-client-auth',
  description: 'Judges a certificate for TLS client authentication (Schannel, smart card, mutual TLS).',
  citations: [
    { title: 'Smart card logon / client authentication certificate requirements', url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/ff404293(v=ws.10)' },
    { ...RFC5280, note: '§4.2.1.12 id-kp-clientAuth: consistent with digitalSignature and/or keyAgreement' },
  ],
  run(ctx) {
    if (!purposeContext(ctx.intake).purposes.has('schannel-client')) return [];
    const out: Signal[] = [];
    for (const c of judgedCertificates(ctx.intake)) {
      const unmet = schannelClientUnmet(c.facts);
      if (unmet.includes('eku-client')) out.push(certSignal('cert.schannel.no-client-auth', c, 1, [{ label: 'Enhanced Key Usage', value: c.facts.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(empty)' }]));
      if (unmet.includes('ku-digital-signature')) out.push(certSignal('cert.schannel.no-digital-signature', c, 0.9, [{ label: 'Key Usage', value: c.facts.keyUsage?.names.join(', ') || '(none)' }]));
    }
    return out;
  },
};
