// Every attached certificate yields a finding, even a healthy one: its facts as Windows shows
// them, and, when the user named no purpose, what it is fit for and what not.
import type { Rule, Signal } from '../rule';
import type { CertificateFacts } from '../../cert/facts';
import { purposeContext } from '../../cert/purpose';
import { fitness } from '../../cert/fitness';
import { isoDate, validityAt } from '../../cert/validity';
import { isCa } from '../../cert/profile';
import { certSignal, distinctCertificates, judgedCertificates, RFC5280 } from './shared';

/** The certificate as certutil -dump and the certificate dialog present it. */
export function factList(f: CertificateFacts, now: Date): { label: string; value: string }[] {
  const v = validityAt(f, now);
  const out: { label: string; value: string }[] = [
    { label: 'Subject', value: f.subject || '(empty)' },
    { label: 'Issuer', value: f.issuer || '(empty)' },
    { label: 'Serial number', value: f.serialNumber },
    { label: 'Version', value: `V${f.version}` },
    { label: 'Valid from', value: f.notBefore.replace('T', ' ').replace('.000Z', ' UTC') },
    { label: 'Valid to', value: `${f.notAfter.replace('T', ' ').replace('.000Z', ' UTC')} (${v.state === 'valid' ? `${v.daysLeft} days left` : v.state})` },
    { label: 'Thumbprint', value: f.thumbprint },
    { label: 'Thumbprint (certificate dialog)', value: f.thumbprintSpaced },
    { label: 'SHA-256', value: f.sha256 },
    { label: 'Public key', value: `${f.publicKey.algorithm}${f.publicKey.bits ? ` (${f.publicKey.bits} bits)` : ''}${f.publicKey.curve ? ` ${f.publicKey.curve}` : ''}` },
    { label: 'Signature algorithm', value: f.signature.name },
    { label: 'Self-signed', value: f.selfSigned ? 'yes (subject = issuer and the signature verifies with its own key)' : f.selfIssued ? 'no (subject = issuer, but another key signed it)' : 'no' },
  ];
  if (f.basicConstraints) {
    out.push({ label: 'Basic Constraints', value: `Subject Type=${f.basicConstraints.ca ? 'CA' : 'End Entity'}, Path Length Constraint=${f.basicConstraints.pathLength ?? 'None'}` });
  }
  if (f.keyUsage) out.push({ label: 'Key Usage', value: `${f.keyUsage.names.join(', ')} (${f.keyUsage.hex})` });
  out.push({ label: 'Enhanced Key Usage', value: f.enhancedKeyUsage ? f.enhancedKeyUsage.map((u) => `${u.name} (${u.oid})`).join(', ') || '(empty)' : '(none: all purposes)' });
  if (f.applicationPolicies) out.push({ label: 'Application Policies', value: f.applicationPolicies.map((u) => `${u.name} (${u.oid})`).join(', ') });
  if (f.subjectAltNames.length) out.push({ label: 'Subject Alternative Name', value: f.subjectAltNames.map((n) => `${sanLabel(n.type)}=${n.value}`).join(', ') });
  if (f.template) {
    const t = [f.template.name, f.template.oid && `${f.template.oid}${f.template.majorVersion !== undefined ? ` v${f.template.majorVersion}.${f.template.minorVersion ?? 0}` : ''}`].filter(Boolean).join(', ');
    out.push({ label: 'Certificate Template', value: t });
  }
  if (f.subjectKeyId) out.push({ label: 'Subject Key Identifier', value: f.subjectKeyId });
  if (f.authorityKeyId) out.push({ label: 'Authority Key Identifier', value: `KeyID=${f.authorityKeyId}` });
  out.push({ label: 'CRL Distribution Points', value: f.crlDistributionPoints.join(', ') || '(none)' });
  out.push({ label: 'Authority Information Access', value: [...f.aia.caIssuers.map((u) => `CA Issuers: ${u}`), ...f.aia.ocsp.map((u) => `OCSP: ${u}`)].join(', ') || '(none)' });
  return out;
}

function sanLabel(t: string): string {
  return { dns: 'DNS Name', ip: 'IP Address', email: 'RFC822 Name', url: 'URL', upn: 'Principal Name', dn: 'Directory Address', other: 'Other Name' }[t] ?? t;
}

export const summaryRule: Rule = {
  id: 'cert.summary',
  description: 'Summarises every attached certificate and, when no purpose is named, what it is fit for.',
  citations: [{ ...RFC5280, note: '§4.1 Basic certificate fields, §4.2 extensions' }],
  run(ctx) {
    const certs = distinctCertificates(ctx.intake);
    if (!certs.length) return [];
    const named = purposeContext(ctx.intake).purposes.size > 0;
    // One summary per certificate the user is asking about (the leaf of a bundle); the CAs that came
    // along are listed in its facts, so that the finding's title names the certificate that matters.
    const judged = judgedCertificates(ctx.intake);
    const others = certs.filter((c) => !judged.includes(c));
    const out: Signal[] = [];
    for (const c of judged) {
      const facts = factList(c.facts, ctx.now);
      for (const o of others) {
        facts.push({ label: 'Also attached', value: `${o.facts.subject || '(empty subject)'} (${isCa(o.facts) ? 'CA, ' : ''}thumbprint ${o.facts.thumbprint}, valid to ${isoDate(o.facts.notAfter)})` });
      }
      const fit = fitness(c.facts, ctx.now);
      facts.push({ label: 'Fit for', value: fit.fitFor.join('; ') || 'nothing we check' });
      if (fit.notFitFor.length) facts.push({ label: 'Not fit for', value: fit.notFitFor.join('; ') });
      const signal = certSignal(named ? 'cert.summary' : 'cert.summary.no-purpose', c, 1, facts);
      // The verdicts travel as quotes so that they appear inside the finding, not only in the facts.
      signal.evidence.push({ label: 'Fit for', quote: fit.fitFor.join('; ') || 'none of the purposes checked', source: c.origin });
      if (fit.notFitFor.length) signal.evidence.push({ label: 'Not fit for', quote: fit.notFitFor.join('; '), source: c.origin });
      out.push(signal);
    }
    return out;
  },
};
