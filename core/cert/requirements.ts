// Each product's certificate requirements that can be seen in the certificate itself, as a list
// of unmet requirement codes. Rules turn codes into signals; the summary turns them into "fit for".
// What a .cer cannot show (private key present, KeySpec, CSP vs CNG) is said by the rules, not here.
//
// Sources: DPM hh757942 (seed 000_22f6d6db6e464275.txt); ConfigMgr pki-certificate-requirements.md;
// Skype for Business environmental-requirements.md; NDES RA templates (MS techcommunity); RFC 5280.

import type { CertificateFacts } from './facts';
import { OID } from './oids';
import { allowsUsage, coversHost, dnsNames, hasEku, hasKeyUsage, isCa, isRsa, revocationInfo, weakKey } from './profile';

export type Unmet = string;

/** Unmet requirement codes in the user's words. */
export const UNMET_TEXT: Record<string, string> = {
  version: 'not an X.509 V3 certificate',
  'eku-client': 'no Client Authentication in Enhanced Key Usage',
  'eku-server': 'no Server Authentication in Enhanced Key Usage',
  'eku-request-agent': 'no Certificate Request Agent in Enhanced Key Usage',
  'key-length': 'key shorter than 1024 bits',
  'key-size': 'key longer than 2048 bits',
  'self-signed': 'self-signed',
  'empty-subject': 'empty subject',
  revocation: 'no CRL distribution point or OCSP location',
  'san-missing': 'no Subject Alternative Name',
  host: 'does not cover the host name',
  'ca-certificate': 'a CA certificate',
  'ku-digital-signature': 'Key Usage lacks Digital Signature',
  'ku-a0': 'Key Usage lacks Digital Signature or Key Encipherment',
  ku: 'Key Usage lacks both Digital Signature and Key Encipherment',
  'non-rsa': 'not an RSA key',
  fqdn: 'no fully qualified domain name in subject or SAN',
  cdp: 'no CRL distribution point',
  pss: 'RSASSA-PSS signature',
  expired: 'expired',
  'not-yet-valid': 'not yet valid',
  'weak-key': 'key shorter than 1024 bits',
  'sha1-signature': 'SHA-1 signature',
  'md5-signature': 'MD5 signature',
  'version-1': 'not an X.509 V3 certificate',
};

export function unmetText(codes: Unmet[]): string {
  return [...new Set(codes.map((c) => UNMET_TEXT[c] ?? c))].join(', ');
}

/** DPM agent authentication (hh757942): V3, client+server auth when EKU is present, ≥1024 bits, not self-signed, subject, revocation. */
export function dpmUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (f.version < 3) out.push('version');
  if (!allowsUsage(f, OID.clientAuth)) out.push('eku-client');
  if (!allowsUsage(f, OID.serverAuth)) out.push('eku-server');
  if (weakKey(f)) out.push('key-length');
  if (f.selfSigned || f.selfIssued) out.push('self-signed');
  if (!f.subject) out.push('empty-subject');
  // A self-signed certificate has no issuer to ask about revocation; 'self-signed' already says it all.
  if (revocationInfo(f) === 'none' && !f.selfSigned) out.push('revocation');
  return out;
}

/** IIS / HTTPS binding: Server Authentication; the SAN (what browsers check) covers the host named. */
export function httpsServerUnmet(f: CertificateFacts, host?: string): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.serverAuth)) out.push('eku-server');
  if (!f.subjectAltNames.some((n) => n.type === 'dns' || n.type === 'ip')) out.push('san-missing');
  if (host && !coversHost(f, host)) out.push('host');
  if (isCa(f)) out.push('ca-certificate');
  return out;
}

/** Schannel TLS client authentication (smart card / mutual TLS baseline): Client Authentication EKU, Digital Signature KU. */
export function schannelClientUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.clientAuth)) out.push('eku-client');
  if (!hasKeyUsage(f, 'Digital Signature')) out.push('ku-digital-signature');
  return out;
}

/** Lync / Skype for Business server certificates: Server EKU, a CRL distribution point, no RSASSA-PSS. */
export function lyncUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.serverAuth)) out.push('eku-server');
  if (f.crlDistributionPoints.length === 0) out.push('cdp');
  if (f.signature.name === 'RSASSA-PSS') out.push('pss');
  return out;
}

/** ConfigMgr Windows client certificate: Client Authentication; KU, when present, Digital Signature + Key Encipherment (a0); RSA for CNG. */
export function configMgrClientUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.clientAuth)) out.push('eku-client');
  if (!hasKeyUsage(f, 'Digital Signature') || !hasKeyUsage(f, 'Key Encipherment')) out.push('ku-a0');
  if (!isRsa(f)) out.push('non-rsa');
  return out;
}

/** ConfigMgr IIS site systems (MP, DP, SUP): Server Authentication, intranet FQDN in subject or SAN, RSA. */
export function configMgrSiteSystemUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.serverAuth)) out.push('eku-server');
  if (!dnsNames(f).some((n) => n.includes('.'))) out.push('fqdn');
  if (!isRsa(f)) out.push('non-rsa');
  return out;
}

/** NDES registration authority certificates (Exchange Enrollment Agent (Offline request), CEP Encryption). */
export function ndesRaUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!hasEku(f) || !allowsUsage(f, OID.certRequestAgent)) out.push('eku-request-agent');
  if (!hasKeyUsage(f, 'Digital Signature') && !hasKeyUsage(f, 'Key Encipherment')) out.push('ku');
  return out;
}

/** NDES server's client-authentication certificate for the ConfigMgr policy module: Client Authentication, 1024 or 2048 bits. */
export function ndesClientAuthUnmet(f: CertificateFacts): Unmet[] {
  const out: Unmet[] = [];
  if (!allowsUsage(f, OID.clientAuth)) out.push('eku-client');
  if (isRsa(f) && f.publicKey.bits !== undefined && f.publicKey.bits > 2048) out.push('key-size');
  return out;
}

/** Whether this looks like an NDES RA certificate (it carries Certificate Request Agent). */
export function isRequestAgent(f: CertificateFacts): boolean {
  return [...(f.enhancedKeyUsage ?? []), ...(f.applicationPolicies ?? [])].some((u) => u.oid === OID.certRequestAgent);
}
