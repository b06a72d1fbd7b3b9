// What the certificate rules share: which certificates of the intake to judge, how to quote one,
// and how to build a signal that carries the certificate's own values for the reply's commands.

import { evidenceOf, type CertificateEvidence, type Intake } from '../../model/evidence';
import type { EvidenceQuote } from '../../model/reply';
import type { CertificateFacts } from '../../cert/facts';
import { isCa } from '../../cert/profile';
import { isoDate } from '../../cert/validity';
import type { Citation, Signal } from '../rule';

export function certificatesOf(intake: Intake): CertificateEvidence[] {
  return evidenceOf(intake, 'certificate');
}

/** Distinct certificates (the same one pasted twice is judged once). */
export function distinctCertificates(intake: Intake): CertificateEvidence[] {
  const seen = new Set<string>();
  return certificatesOf(intake).filter((c) => !seen.has(c.thumbprintSha1) && !!seen.add(c.thumbprintSha1));
}

/**
 * The certificates a purpose is judged for: the end-entity certificates when there are any (a
 * .p7b carries its CAs along), otherwise whatever was attached.
 */
export function judgedCertificates(intake: Intake): CertificateEvidence[] {
  const all = distinctCertificates(intake);
  const leaves = all.filter((c) => !isCa(c.facts));
  return leaves.length ? leaves : all;
}

export function quoteCert(c: CertificateEvidence, label = 'Certificate'): EvidenceQuote {
  const f = c.facts;
  return {
    label: `${label} ${f.subject || '(empty subject)'}`,
    quote: `${f.subject || '(empty subject)'}, issued by ${f.issuer || '(empty issuer)'}, thumbprint ${f.thumbprint}, valid ${isoDate(f.notBefore)} to ${isoDate(f.notAfter)}`,
    source: c.origin,
  };
}

/** The certificate's values for remediation placeholders. */
export function certBindings(c: CertificateEvidence): Record<string, string> {
  const f: CertificateFacts = c.facts;
  const b: Record<string, string> = {
    thumbprint: f.thumbprint,
    subject: f.subject || '(empty subject)',
    notBefore: isoDate(f.notBefore),
    notAfter: isoDate(f.notAfter),
    serial: f.serialNumber,
  };
  if (c.origin && c.origin !== 'paste' && c.origin !== 'message') b.certFile = c.origin;
  if (f.template?.name) b.template = f.template.name;
  return b;
}

export function certSignal(
  id: string,
  c: CertificateEvidence,
  strength: number,
  facts: { label: string; value: string }[] = [],
  extra: Record<string, string> = {},
): Signal {
  return { id, strength, evidence: [quoteCert(c)], bindings: { ...certBindings(c), ...extra }, facts };
}

export const RFC5280: Citation = { title: 'RFC 5280: Internet X.509 PKI Certificate and CRL Profile', url: 'https://www.rfc-editor.org/rfc/rfc5280' };
export const DPM_REQUIREMENTS: Citation = {
  title: 'Use certificates to back up Data Protection Manager (DPM) protected servers (certificate requirements)',
  url: 'http://technet.microsoft.com/en-us/library/hh757942.aspx',
  note: 'seed 000_22f6d6db6e464275.txt (DPM Certificate Troubleshooting)',
};
