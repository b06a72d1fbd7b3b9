// What one certificate says, read from its DER bytes and shown the way Windows shows it
// (certutil -dump, the certificate dialog, PowerShell's Cert: drive). Synchronous on purpose:
// the thumbprint is SHA-1 over the DER and signatures are checked with Node's OpenSSL-backed
// X509Certificate, which (unlike WebCrypto) also verifies MD5- and DSA-signed certificates.

import { createHash, X509Certificate as NodeX509 } from 'node:crypto';
import { lazyAsn1 } from './lazy-asn1';
import { readTlv, walkCertificate, type CertificateSkeleton, type RawExtension } from './der-walk';
import {
  commonNameOf,
  decodeAia,
  decodeAki,
  decodeBasicConstraints,
  decodeCdpUrls,
  decodeEku,
  decodeKeyUsageBits,
  decodeName,
  decodeSan,
  decodeSki,
  decodeString,
  formatRdns,
} from './der-extensions';
import {
  KEY_USAGE_BITS,
  OID,
  PUBLIC_KEY_ALGORITHMS,
  SIGNATURE_ALGORITHMS,
  ekuName,
  type HashName,
} from './oids';

export interface NamedOid {
  oid: string;
  name: string;
}

export interface AltName {
  type: 'dns' | 'ip' | 'email' | 'url' | 'upn' | 'dn' | 'other';
  value: string;
}

/** One certificate's facts. Dates are ISO strings so that the evidence stays plain data. */
export interface CertificateFacts {
  /** Windows order, most specific first: "CN=web01.contoso.com, OU=Servers, DC=contoso, DC=com". Empty string when empty. */
  subject: string;
  issuer: string;
  subjectCommonName?: string;
  issuerCommonName?: string;
  /** Hex as certutil prints it ("32000000265259d0…"), lower case. */
  serialNumber: string;
  /** X.509 version: 1, 2 or 3. */
  version: number;
  notBefore: string;
  notAfter: string;
  /** Subject and issuer are the same name. */
  selfIssued: boolean;
  /** Same name and the certificate's own public key verifies its signature (a root or a self-signed leaf). */
  selfSigned: boolean;
  publicKey: { algorithm: string; bits?: number; curve?: string };
  signature: { oid: string; name: string; hash: HashName };
  basicConstraints?: { ca: boolean; pathLength?: number; critical: boolean };
  keyUsage?: { names: string[]; /** The first byte as Windows prints it: "(a0)". */ hex: string; critical: boolean };
  /** Absent when the certificate has no EKU extension (= no restriction). */
  enhancedKeyUsage?: NamedOid[];
  /** Microsoft application policies (1.3.6.1.4.1.311.21.10). */
  applicationPolicies?: NamedOid[];
  subjectAltNames: AltName[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  crlDistributionPoints: string[];
  aia: { caIssuers: string[]; ocsp: string[] };
  /** Microsoft certificate template: V1 name (1.3.6.1.4.1.311.20.2) and/or V2+ OID with version (…21.7). */
  template?: { name?: string; oid?: string; majorVersion?: number; minorVersion?: number };
  /** SHA-1 over the DER, 40 upper-case hex digits: what PowerShell's Thumbprint shows and DPM/NDES expect. */
  thumbprint: string;
  /** As the certificate dialog shows it: "49 e0 69 …". */
  thumbprintSpaced: string;
  sha256: string;
  /** The certificate itself (Base64 DER), so that chain checks across inputs can verify signatures. */
  der: string;
}

const hex = (b: ArrayBuffer | Uint8Array): string => Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');

function keyUsage(bytes: Uint8Array): { names: string[]; hex: string } {
  const names: string[] = [];
  KEY_USAGE_BITS.forEach((name, bit) => {
    const byte = bytes[bit >> 3] ?? 0;
    if (byte & (0x80 >> (bit & 7))) names.push(name);
  });
  const first = (bytes[0] ?? 0).toString(16).padStart(2, '0');
  return { names, hex: bytes.length > 1 && bytes[1] ? `${first} ${bytes[1].toString(16).padStart(2, '0')}` : first };
}

/** The V1 template name: a bare BMPString in practice, SEQUENCE { UTF8String } per MS-WCCE; accept both. */
function templateNameOf(v: Uint8Array): string | undefined {
  let t = readTlv(v, 0);
  if (t.tag === 0x30) t = readTlv(v, t.start, t.end);
  return decodeString(v, t) || undefined;
}

function signatureOf(sk: CertificateSkeleton): CertificateFacts['signature'] {
  const oid = sk.signatureOid;
  const known = SIGNATURE_ALGORITHMS[oid];
  if (oid === '1.2.840.113549.1.1.10') {
    // RSASSA-PSS: the hash is a parameter (default SHA-1 when absent, RFC 4055).
    const hash: HashName = sk.signatureParams ? pssHash(Buffer.from(sk.signatureParams).toString('hex')) : 'SHA-1';
    return { oid, name: 'RSASSA-PSS', hash };
  }
  return { oid, name: known?.name ?? oid, hash: known?.hash ?? 'unknown' };
}

/** DER encodings of the hash OIDs RSASSA-PSS parameters name first ([0] hashAlgorithm). */
const HASH_OID_DER: [string, HashName][] = [
  ['06052b0e03021a', 'SHA-1'],
  ['0609608648016503040201', 'SHA-256'],
  ['0609608648016503040202', 'SHA-384'],
  ['0609608648016503040203', 'SHA-512'],
];

function pssHash(paramsHex: string): HashName {
  // An empty SEQUENCE means every parameter takes its default: SHA-1 (RFC 4055 §3.1).
  if (!paramsHex.startsWith('30') || paramsHex === '3000') return 'SHA-1';
  const hits = HASH_OID_DER.map(([der, name]) => ({ at: paramsHex.indexOf(der), name })).filter((h) => h.at >= 0);
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.name ?? 'SHA-1';
}

interface NodeView {
  bits?: number;
  curve?: string;
  selfSignatureValid: boolean;
}

/** Key size and self-signature from OpenSSL; a certificate OpenSSL cannot load still gets its other facts. */
function nodeView(der: Uint8Array): NodeView {
  try {
    const c = new NodeX509(der);
    const d = c.publicKey.asymmetricKeyDetails ?? {};
    let ok = false;
    try {
      ok = c.verify(c.publicKey);
    } catch {
      ok = false;
    }
    return { bits: d.modulusLength, curve: d.namedCurve, selfSignatureValid: ok };
  } catch {
    return { selfSignatureValid: false };
  }
}

const CURVE_NAMES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const CURVE_BITS: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };

/** Runs one extension reader; a malformed extension leaves that fact out instead of losing the certificate. */
function tryRead<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Reads every fact of one DER certificate. Throws when the bytes are not an X.509 certificate. */
export function readFacts(der: Uint8Array): CertificateFacts {
  const sk = walkCertificate(der);
  const node = nodeView(der);
  const ext = (oid: string): RawExtension | undefined => sk.extensions.find((x) => x.oid === oid);
  /** Decodes one extension; a malformed one is left out rather than losing the certificate. */
  const read = <T>(oid: string, decode: (v: Uint8Array) => T): { value: T; critical: boolean } | undefined => {
    const e = ext(oid);
    if (!e) return undefined;
    const value = tryRead(() => decode(e.value));
    return value === undefined ? undefined : { value, critical: e.critical };
  };

  const subjectRdns = decodeName(sk.subject);
  const issuerRdns = decodeName(sk.issuer);
  const subject = formatRdns(subjectRdns);
  const issuer = formatRdns(issuerRdns);
  const selfIssued = hex(sk.subject) === hex(sk.issuer);

  const keyAlgOid = sk.keyAlgorithmOid;
  const keyAlg = PUBLIC_KEY_ALGORITHMS[keyAlgOid] ?? keyAlgOid;
  const curve = node.curve ? (CURVE_NAMES[node.curve] ?? node.curve) : undefined;
  const bits = node.bits ?? (curve ? CURVE_BITS[curve] : undefined) ?? (keyAlg === 'Ed25519' ? 256 : undefined);

  const bc = read(OID.basicConstraints, decodeBasicConstraints);
  const ku = read(OID.keyUsage, decodeKeyUsageBits);
  const eku = read(OID.extKeyUsage, decodeEku);
  const san = read(OID.subjectAltName, decodeSan);
  const ski = read(OID.subjectKeyId, decodeSki);
  const aki = read(OID.authorityKeyId, decodeAki);
  const cdp = read(OID.crlDistributionPoints, decodeCdpUrls);
  const aia = read(OID.authorityInfoAccess, decodeAia);
  const { AsnConvert, CertificateApplicationPolicies, CertificateTemplate } = lazyAsn1();
  const appPol = read(OID.msApplicationPolicies, (v) => AsnConvert.parse(v, CertificateApplicationPolicies));
  const tmpl = read(OID.msTemplate, (v) => AsnConvert.parse(v, CertificateTemplate));
  const templateName = read(OID.msTemplateName, templateNameOf)?.value;

  const subjectKeyId = ski?.value;
  const authorityKeyId = aki?.value;
  // A renewed CA can be self-issued without being self-signed; the signature decides.
  const selfSigned = selfIssued && node.selfSignatureValid && (!authorityKeyId || !subjectKeyId || authorityKeyId === subjectKeyId);
  const aiaOf = (method: string) => (aia?.value ?? []).filter((a) => a.method === method).map((a) => a.url);

  const template =
    tmpl || templateName
      ? {
          name: templateName,
          oid: tmpl?.value.templateID,
          majorVersion: tmpl?.value.templateMajorVersion,
          minorVersion: tmpl?.value.templateMinorVersion,
        }
      : undefined;

  const sha1 = createHash('sha1').update(der).digest('hex');
  return {
    subject,
    issuer,
    subjectCommonName: commonNameOf(subjectRdns),
    issuerCommonName: commonNameOf(issuerRdns),
    serialNumber: hex(sk.serial),
    version: sk.version + 1,
    notBefore: sk.notBefore.toISOString(),
    notAfter: sk.notAfter.toISOString(),
    selfIssued,
    selfSigned,
    publicKey: { algorithm: keyAlg, bits, curve },
    signature: signatureOf(sk),
    basicConstraints: bc ? { ca: bc.value.ca, pathLength: bc.value.pathLength, critical: bc.critical } : undefined,
    keyUsage: ku ? { ...keyUsage(ku.value), critical: ku.critical } : undefined,
    enhancedKeyUsage: eku ? eku.value.map((oid) => ({ oid, name: ekuName(oid) })) : undefined,
    applicationPolicies: appPol
      ? Array.from(appPol.value, (p) => ({ oid: p.policyIdentifier, name: ekuName(p.policyIdentifier) }))
      : undefined,
    subjectAltNames: san ? san.value : [],
    subjectKeyId,
    authorityKeyId,
    crlDistributionPoints: cdp?.value ?? [],
    aia: { caIssuers: aiaOf(OID.aiaCaIssuers), ocsp: aiaOf(OID.aiaOcsp) },
    template,
    thumbprint: sha1.toUpperCase(),
    thumbprintSpaced: sha1.match(/../g)!.join(' '),
    sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    der: Buffer.from(der).toString('base64'),
  };
}
