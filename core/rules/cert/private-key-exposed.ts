// A private key pasted or attached (PEM key block, PKCS#12) has left its machine: it must be
// treated as compromised. The key itself was never parsed; only its presence is evidence.
import { evidenceOf } from '../../model/evidence';
import type { Rule } from '../rule';
import { distinctCertificates, certBindings } from './shared';

export const privateKeyExposedRule: Rule = {
  id: 'cert.private-key-exposed',
  description: 'Reports a private key (PEM PRIVATE KEY block or PKCS#12/.pfx) found in the input as exposed.',
  citations: [
    { title: 'NIST SP 800-57 Part 1 Rev. 5, §5.3.5/§8.3.1: a compromised private key requires revocation and replacement', url: 'https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final' },
    { title: 'RFC 5280 §5.3.1 CRL reason code keyCompromise', url: 'https://www.rfc-editor.org/rfc/rfc5280#section-5.3.1' },
  ],
  run(ctx) {
    const keys = evidenceOf(ctx.intake, 'private-key');
    if (!keys.length) return [];
    const certs = distinctCertificates(ctx.intake);
    const sameFile = certs.filter((c) => keys.some((k) => k.origin === c.origin));
    const cert = sameFile[0] ?? certs[0];
    return [
      {
        id: 'cert.private-key-exposed',
        strength: 1,
        evidence: keys.map((k) => ({ label: `Private key (${k.format})`, quote: k.quote, source: k.origin })),
        bindings: { ...(cert ? certBindings(cert) : {}), keyFile: keys[0].origin },
        facts: [{ label: 'Private key', value: `found in ${[...new Set(keys.map((k) => k.origin))].join(', ')}; not read, not stored` }],
      },
    ];
  },
};
