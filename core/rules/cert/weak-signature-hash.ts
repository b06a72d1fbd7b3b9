// SHA-1 and MD5 signatures: Windows no longer trusts SHA-1 for TLS server authentication and
// rejects MD5 outright. A root's own signature is never checked, so self-signed roots are exempt.
import type { Rule, Signal } from '../rule';
import { certSignal, distinctCertificates } from './shared';

export const weakSignatureHashRule: Rule = {
  id: 'cert.weak-signature-hash',
  description: 'Flags certificates signed with SHA-1 or MD5 (self-signed roots excepted: their signature is not used).',
  citations: [
    { title: 'Microsoft: SHA-1 deprecation for TLS server authentication and code signing', url: 'https://learn.microsoft.com/en-us/security-updates/securityadvisories/2017/4010323' },
    { title: 'ConfigMgr PKI certificate requirements: SHA-1 is not trusted by Windows, use SHA-2', url: 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/network/pki-certificate-requirements' },
  ],
  run(ctx) {
    const out: Signal[] = [];
    for (const c of distinctCertificates(ctx.intake)) {
      if (c.facts.selfSigned) continue;
      const h = c.facts.signature.hash;
      const fact = [{ label: 'Signature algorithm', value: `${c.facts.signature.name} (${c.facts.signature.oid})` }];
      if (h === 'SHA-1') out.push(certSignal('cert.sha1-signature', c, 1, fact));
      if (h === 'MD5' || h === 'MD2') out.push(certSignal('cert.md5-signature', c, 1, fact));
    }
    return out;
  },
};
