// Hand decoders for the names and the common extensions, on top of der-walk.ts. They replace the
// schema parser on the hot path (each schema parse costs ~0.1 ms, a dozen per certificate); the rare
// Microsoft extensions still go through @peculiar/asn1-x509-microsoft.

import { children, decodeOid, DerError, readTlv, type Tlv } from './der-walk';
import { ATTRIBUTE_NAMES, OID } from './oids';

export interface NameAttribute {
  type: string;
  value: string;
}

/** String types a DirectoryString or IA5String can take, decoded to text. */
export function decodeString(b: Uint8Array, t: Tlv): string {
  const bytes = Buffer.from(b.subarray(t.start, t.end));
  switch (t.tag & 0x1f) {
    case 0x1e: // BMPString: UTF-16 BE
      return Buffer.from(bytes).swap16().toString('utf16le');
    case 0x1c: {
      // UniversalString: UTF-32 BE
      let s = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) s += String.fromCodePoint(bytes.readUInt32BE(i));
      return s;
    }
    case 0x14: // TeletexString: treated as Latin-1, as Windows does in practice
      return bytes.toString('latin1');
    default: // UTF8String, PrintableString, IA5String, VisibleString, NumericString
      return bytes.toString('utf8');
  }
}

/** Name ::= SEQUENCE OF RelativeDistinguishedName (SET OF AttributeTypeAndValue), in encoding order. */
export function decodeName(b: Uint8Array, at = 0): NameAttribute[][] {
  const seq = readTlv(b, at);
  if (seq.tag !== 0x30) throw new DerError('not a Name');
  return children(b, seq).map((set) =>
    children(b, set).map((atv) => {
      const [type, value] = children(b, atv);
      return { type: decodeOid(b, type), value: value ? decodeString(b, value) : '' };
    }),
  );
}

/** Windows order, most specific first: "CN=web01, OU=Servers, DC=contoso, DC=com". */
export function formatRdns(rdns: NameAttribute[][]): string {
  return rdns
    .map((rdn) => rdn.map((a) => `${ATTRIBUTE_NAMES[a.type] ?? a.type}=${a.value}`).join(' + '))
    .reverse()
    .join(', ');
}

export function commonNameOf(rdns: NameAttribute[][]): string | undefined {
  for (let i = rdns.length - 1; i >= 0; i--) for (const a of rdns[i]) if (a.type === '2.5.4.3') return a.value;
  return undefined;
}

export type GeneralNameValue = { type: 'dns' | 'ip' | 'email' | 'url' | 'upn' | 'dn' | 'other'; value: string };

function ipText(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    return groups.join(':');
  }
  return Buffer.from(bytes).toString('hex');
}

/** One GeneralName (RFC 5280 §4.2.1.6), context-tagged. */
export function decodeGeneralName(b: Uint8Array, t: Tlv): GeneralNameValue {
  switch (t.tag) {
    case 0x81:
      return { type: 'email', value: Buffer.from(b.subarray(t.start, t.end)).toString('latin1') };
    case 0x82:
      return { type: 'dns', value: Buffer.from(b.subarray(t.start, t.end)).toString('latin1') };
    case 0x86:
      return { type: 'url', value: Buffer.from(b.subarray(t.start, t.end)).toString('latin1') };
    case 0x87:
      return { type: 'ip', value: ipText(b.subarray(t.start, t.end)) };
    case 0xa4: {
      const inner = readTlv(b, t.start, t.end);
      return { type: 'dn', value: formatRdns(decodeName(b.subarray(inner.offset, inner.end))) };
    }
    case 0xa0: {
      // otherName: type-id OID, [0] EXPLICIT value; the UPN value is a UTF8String.
      const [typeId, wrapped] = children(b, t);
      const oid = decodeOid(b, typeId);
      if (oid === OID.upn && wrapped?.tag === 0xa0) {
        const v = readTlv(b, wrapped.start, wrapped.end);
        return { type: 'upn', value: decodeString(b, v) };
      }
      return { type: 'other', value: oid };
    }
    default:
      return { type: 'other', value: '' };
  }
}

export function decodeGeneralNames(b: Uint8Array, seq: Tlv): GeneralNameValue[] {
  return children(b, seq).map((t) => decodeGeneralName(b, t));
}

const root = (v: Uint8Array) => readTlv(v, 0);

/** SubjectAltName ::= GeneralNames. */
export function decodeSan(v: Uint8Array): GeneralNameValue[] {
  return decodeGeneralNames(v, root(v));
}

/** ExtKeyUsageSyntax ::= SEQUENCE OF KeyPurposeId. */
export function decodeEku(v: Uint8Array): string[] {
  return children(v, root(v)).map((t) => decodeOid(v, t));
}

/** BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }. */
export function decodeBasicConstraints(v: Uint8Array): { ca: boolean; pathLength?: number } {
  let ca = false;
  let pathLength: number | undefined;
  for (const t of children(v, root(v))) {
    if (t.tag === 0x01) ca = v[t.start] !== 0;
    if (t.tag === 0x02) {
      pathLength = 0;
      for (let i = t.start; i < t.end; i++) pathLength = pathLength * 256 + v[i];
    }
  }
  return { ca, pathLength };
}

/** KeyUsage ::= BIT STRING: the bytes after the unused-bits count. */
export function decodeKeyUsageBits(v: Uint8Array): Uint8Array {
  const t = root(v);
  if (t.tag !== 0x03) throw new DerError('not a BIT STRING');
  return v.subarray(t.start + 1, t.end);
}

/** SubjectKeyIdentifier ::= OCTET STRING. */
export function decodeSki(v: Uint8Array): string {
  const t = root(v);
  return Buffer.from(v.subarray(t.start, t.end)).toString('hex');
}

/** AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING OPTIONAL, … }. */
export function decodeAki(v: Uint8Array): string | undefined {
  const key = children(v, root(v)).find((t) => t.tag === 0x80);
  return key ? Buffer.from(v.subarray(key.start, key.end)).toString('hex') : undefined;
}

/** CRLDistributionPoints: every fullName URI of every DistributionPoint. */
export function decodeCdpUrls(v: Uint8Array): string[] {
  const out: string[] = [];
  for (const dp of children(v, root(v))) {
    const dpName = children(v, dp).find((t) => t.tag === 0xa0);
    if (!dpName) continue;
    const fullName = children(v, dpName).find((t) => t.tag === 0xa0);
    if (!fullName) continue;
    for (const g of decodeGeneralNames(v, fullName)) if (g.type === 'url') out.push(g.value);
  }
  return out;
}

/** AuthorityInfoAccessSyntax: (method OID, location URI) pairs. */
export function decodeAia(v: Uint8Array): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  for (const ad of children(v, root(v))) {
    const [method, location] = children(v, ad);
    if (!method || !location) continue;
    const g = decodeGeneralName(v, location);
    if (g.type === 'url') out.push({ method: decodeOid(v, method), url: g.value });
  }
  return out;
}
