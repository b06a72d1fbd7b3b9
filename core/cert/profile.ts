// Small questions about a certificate's facts that several purpose rules ask: does the EKU allow
// this usage, is the key strong enough, can revocation be checked, does a name cover a host.

import type { CertificateFacts } from './facts';
import { ANY_PURPOSE } from './oids';

/**
 * Whether the certificate may be used for an EKU. No EKU extension means no restriction
 * (RFC 5280 §4.2.1.12); Windows also honours the Microsoft application-policies extension.
 */
export function allowsUsage(f: CertificateFacts, oid: string): boolean {
  const lists = [f.enhancedKeyUsage, f.applicationPolicies].filter((l): l is NonNullable<typeof l> => !!l);
  if (lists.length === 0) return true;
  return lists.every((l) => l.some((u) => u.oid === oid || ANY_PURPOSE.has(u.oid)));
}

export function hasEku(f: CertificateFacts): boolean {
  return !!f.enhancedKeyUsage || !!f.applicationPolicies;
}

export function isCa(f: CertificateFacts): boolean {
  // A v1 self-signed certificate has no Basic Constraints but is a root by convention (Windows treats it as a CA).
  return f.basicConstraints?.ca ?? (f.version < 3 && f.selfSigned);
}

export function isRsa(f: CertificateFacts): boolean {
  return f.publicKey.algorithm === 'RSA' || f.publicKey.algorithm === 'RSA-PSS';
}

/** RSA/DSA keys below this size are refused by Windows and by every product we judge for. */
export const MIN_RSA_BITS = 1024;

export function weakKey(f: CertificateFacts): boolean {
  const bits = f.publicKey.bits;
  if (bits === undefined) return false;
  return (isRsa(f) || f.publicKey.algorithm === 'DSA') && bits < MIN_RSA_BITS;
}

export function hasKeyUsage(f: CertificateFacts, name: string): boolean {
  return !f.keyUsage || f.keyUsage.names.includes(name);
}

/** HTTP(S) locations a machine outside the domain can reach; LDAP-only CDP/AIA need domain membership. */
export function httpUrls(urls: string[]): string[] {
  return urls.filter((u) => /^https?:\/\//i.test(u));
}

export function revocationInfo(f: CertificateFacts): 'none' | 'ldap-only' | 'http' {
  const all = [...f.crlDistributionPoints, ...f.aia.ocsp];
  if (all.length === 0) return 'none';
  return httpUrls(all).length > 0 ? 'http' : 'ldap-only';
}

/** DNS names the certificate is valid for: the SAN, or the CN when there is no SAN (what old clients use). */
export function dnsNames(f: CertificateFacts): string[] {
  const san = f.subjectAltNames.filter((n) => n.type === 'dns').map((n) => n.value);
  if (san.length) return san;
  return f.subjectCommonName ? [f.subjectCommonName] : [];
}

/** RFC 6125 host match: case-insensitive, a wildcard covers exactly one left-most label. */
export function nameCovers(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const rest = p.slice(2);
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === rest;
}

export function coversHost(f: CertificateFacts, host: string): boolean {
  const san = f.subjectAltNames;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return san.some((n) => n.type === 'ip' && n.value === host);
  return dnsNames(f).some((n) => nameCovers(n, host));
}

/** One-line description for quotes: "CN=web01.contoso.com (thumbprint 49E0…)". */
export function describe(f: CertificateFacts): string {
  return `${f.subject || '(empty subject)'} (thumbprint ${f.thumbprint})`;
}
