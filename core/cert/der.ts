// Says what a block of DER bytes is: a certificate, a PKCS#7 bundle, a PKCS#12 container, a key,
// a CRL, or nothing readable, with a reason a person understands. Key material is recognised by
// its outer shape only and never decoded further.

import { walkCertificate } from './der-walk';
import { lazyAsn1 } from './lazy-asn1';

export type DerKind =
  | { type: 'certificate'; der: Uint8Array }
  | { type: 'pkcs7'; certificates: Uint8Array[] }
  | { type: 'pkcs12' }
  | { type: 'private-key' }
  | { type: 'crl' }
  | { type: 'invalid'; reason: 'truncated' | 'not-asn1' | 'unknown-structure' };

interface Header {
  /** Offset of the content. */
  start: number;
  length: number;
}

/** Reads the outer tag/length of a DER value; undefined when it is not a definite-length SEQUENCE. */
export function readHeader(b: Uint8Array, at = 0): Header | undefined {
  if (b[at] !== 0x30 || b.length < at + 2) return undefined;
  const first = b[at + 1];
  if (first < 0x80) return { start: at + 2, length: first };
  const n = first & 0x7f;
  if (n === 0 || n > 4 || b.length < at + 2 + n) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + b[at + 2 + i];
  return { start: at + 2 + n, length };
}

const hexOf = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('hex');

/** OID 1.2.840.113549.1.7.1 (PKCS#7 data), the content type of a PFX's authSafe. */
const PKCS7_DATA_OID = '06092a864886f70d010701';

/** PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData OPTIONAL }. */
function looksLikePfx(b: Uint8Array, h: Header): boolean {
  if (hexOf(b, h.start, h.start + 3) !== '020103') return false;
  const inner = readHeader(b, h.start + 3);
  return !!inner && hexOf(b, inner.start, inner.start + 11) === PKCS7_DATA_OID;
}

/** PKCS#8 PrivateKeyInfo (INTEGER 0, AlgorithmIdentifier …) or PKCS#1 RSAPrivateKey (INTEGER 0, INTEGER n …). */
function looksLikePrivateKey(b: Uint8Array, h: Header): boolean {
  if (hexOf(b, h.start, h.start + 3) !== '020100') return false;
  const next = b[h.start + 3];
  return next === 0x30 || next === 0x02;
}

/** Classifies DER bytes. Never throws. */
export function classifyDer(bytes: Uint8Array): DerKind {
  const h = readHeader(bytes);
  if (!h) return { type: 'invalid', reason: 'not-asn1' };
  if (h.start + h.length > bytes.length) return { type: 'invalid', reason: 'truncated' };
  // Trailing bytes (padding, a second glued value) are ignored: the outer length says where the value ends.
  const der = bytes.subarray(0, h.start + h.length);
  if (looksLikePfx(der, h)) return { type: 'pkcs12' };
  if (looksLikePrivateKey(der, h)) return { type: 'private-key' };
  if (isCertificate(der)) return { type: 'certificate', der };
  const p7 = pkcs7Certificates(der);
  if (p7) return { type: 'pkcs7', certificates: p7 };
  const { PFX, CertificateList } = lazyAsn1();
  if (parses(der, PFX)) return { type: 'pkcs12' };
  if (parses(der, CertificateList)) return { type: 'crl' };
  return { type: 'invalid', reason: 'unknown-structure' };
}

/** A certificate is SEQUENCE { tbsCertificate SEQUENCE { [0] version? INTEGER serial … } … }. */
function isCertificate(der: Uint8Array): boolean {
  // A cheap shape test first, so that PKCS#7 and PFX bytes don't pay for a failed full parse.
  const outer = readHeader(der);
  const tbs = outer && readHeader(der, outer.start);
  if (!tbs) return false;
  const t = der[tbs.start];
  if (t !== 0xa0 && t !== 0x02) return false;
  // A CRL's TBS may also start with an INTEGER (its version), so the walk of the whole skeleton decides.
  try {
    walkCertificate(der);
    return true;
  } catch {
    return false;
  }
}

function parses(der: Uint8Array, type: new () => unknown): boolean {
  try {
    lazyAsn1().AsnConvert.parse(der, type);
    return true;
  } catch {
    return false;
  }
}

function pkcs7Certificates(der: Uint8Array): Uint8Array[] | undefined {
  try {
    const { AsnConvert, ContentInfo, SignedData, id_signedData } = lazyAsn1();
    const ci = AsnConvert.parse(der, ContentInfo);
    if (ci.contentType !== id_signedData) return undefined;
    const sd = AsnConvert.parse(ci.content, SignedData);
    return (sd.certificates ?? [])
      .map((c) => c.certificate)
      .filter((c): c is NonNullable<typeof c> => !!c)
      .map((c) => new Uint8Array(AsnConvert.serialize(c)));
  } catch {
    return undefined;
  }
}
