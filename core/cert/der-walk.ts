// A small DER walker for the certificate skeleton. The schema-driven parser (asn1js under
// @peculiar/asn1-schema) spends ~10 ms on a whole certificate, most of it speculatively decoding
// BIT STRING contents; walking the outer structure by hand takes microseconds, and the schema parser
// is then used only on the small parts (names, extension values), where it is fast.

export interface Tlv {
  tag: number;
  /** Offset of the first byte of the tag. */
  offset: number;
  /** Offset of the content. */
  start: number;
  /** Offset just past the content. */
  end: number;
}

export class DerError extends Error {}

export function readTlv(b: Uint8Array, at: number, limit = b.length): Tlv {
  if (at + 2 > limit) throw new DerError('truncated');
  const tag = b[at];
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tag');
  let len = b[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > limit) throw new DerError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i];
    start += n;
  }
  const end = start + len;
  if (end > limit) throw new DerError('truncated');
  return { tag, offset: at, start, end };
}

/** The children of a constructed value. */
export function children(b: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = parent.start;
  while (at < parent.end) {
    const t = readTlv(b, at, parent.end);
    out.push(t);
    at = t.end;
  }
  return out;
}

export function decodeOid(b: Uint8Array, t: Tlv): string {
  if (t.tag !== 0x06) throw new DerError('not an OID');
  const parts: number[] = [];
  let value = 0;
  for (let i = t.start; i < t.end; i++) {
    value = value * 128 + (b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** UTCTime (YYMMDDHHMMSSZ, years 50–99 are 19xx) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
export function decodeTime(b: Uint8Array, t: Tlv): Date {
  const s = Buffer.from(b.subarray(t.start, t.end)).toString('latin1');
  let m: RegExpExecArray | null;
  if (t.tag === 0x17 && (m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(s))) {
    const yy = Number(m[1]);
    return new Date(Date.UTC(yy < 50 ? 2000 + yy : 1900 + yy, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
  }
  if (t.tag === 0x18 && (m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:\.\d+)?Z$/.exec(s))) {
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  throw new DerError('bad time');
}

export interface RawExtension {
  oid: string;
  critical: boolean;
  /** The extension value (content of the OCTET STRING). */
  value: Uint8Array;
}

/** The parts of a certificate the facts need, as offsets and small decoded values. */
export interface CertificateSkeleton {
  version: number;
  serial: Uint8Array;
  signatureOid: string;
  signatureParams?: Uint8Array;
  issuer: Uint8Array;
  subject: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  keyAlgorithmOid: string;
  extensions: RawExtension[];
}

/** Walks Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }. Throws DerError when it is not one. */
export function walkCertificate(b: Uint8Array): CertificateSkeleton {
  const outer = readTlv(b, 0);
  if (outer.tag !== 0x30) throw new DerError('not a SEQUENCE');
  const [tbs, sigAlg, sigValue] = children(b, outer);
  if (!tbs || tbs.tag !== 0x30 || !sigAlg || sigAlg.tag !== 0x30 || !sigValue || sigValue.tag !== 0x03) throw new DerError('not a certificate');
  const f = children(b, tbs);
  let i = 0;
  let version = 0;
  if (f[i]?.tag === 0xa0) {
    const v = readTlv(b, f[i].start, f[i].end);
    if (v.tag !== 0x02) throw new DerError('bad version');
    version = b[v.end - 1];
    i++;
  }
  const serial = f[i++];
  const sig = f[i++];
  const issuer = f[i++];
  const validity = f[i++];
  const subject = f[i++];
  const spki = f[i++];
  if (!serial || serial.tag !== 0x02 || !sig || !issuer || issuer.tag !== 0x30 || !validity || !subject || subject.tag !== 0x30 || !spki || spki.tag !== 0x30) {
    throw new DerError('not a certificate');
  }
  const [nb, na] = children(b, validity);
  if (!nb || !na) throw new DerError('bad validity');
  const [keyAlg] = children(b, spki);
  const [keyOid] = children(b, keyAlg);
  const extensions: RawExtension[] = [];
  for (; i < f.length; i++) {
    if (f[i].tag !== 0xa3) continue;
    const seq = readTlv(b, f[i].start, f[i].end);
    for (const e of children(b, seq)) {
      const parts = children(b, e);
      const critical = parts.length === 3 && parts[1].tag === 0x01 && b[parts[1].start] !== 0;
      const value = parts[parts.length - 1];
      if (parts[0]?.tag !== 0x06 || value?.tag !== 0x04) throw new DerError('bad extension');
      extensions.push({ oid: decodeOid(b, parts[0]), critical, value: b.subarray(value.start, value.end) });
    }
  }
  const [sigOid, sigParams] = children(b, sigAlg);
  return {
    version,
    serial: b.subarray(serial.start, serial.end),
    signatureOid: decodeOid(b, sigOid),
    signatureParams: sigParams && sigParams.tag !== 0x05 ? b.subarray(sigParams.offset, sigParams.end) : undefined,
    issuer: b.subarray(issuer.offset, issuer.end),
    subject: b.subarray(subject.offset, subject.end),
    notBefore: decodeTime(b, nb),
    notAfter: decodeTime(b, na),
    keyAlgorithmOid: decodeOid(b, keyOid),
    extensions,
  };
}
