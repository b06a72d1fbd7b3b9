// Certificates for the tests, built with @peculiar/x509's generator (and, for what WebCrypto cannot
// sign – MD5, version 1 – re-signed with node:crypto). Keys are generated once per process.
import { createPrivateKey, sign, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as asn1X509 from '@peculiar/asn1-x509';
import * as ms from '@peculiar/asn1-x509-microsoft';
import { emptyKnowledge } from '../../knowledge/graph';
import type { Evidence, Intake } from '../../core/model/evidence';
import type { RuleContext } from '../../core/rules/rule';
import { readCertificateMaterialSync } from '../../core/cert';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** The clock every test uses. */
export const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
export const daysFromNow = (d: number) => new Date(NOW.getTime() + d * DAY);

export const rsa = (bits: number, hash = 'SHA-256') => ({
  name: 'RSASSA-PKCS1-v1_5',
  hash,
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: bits,
});

const keyCache = new Map<number, Promise<CryptoKeyPair>>();
/** One key pair per size per process (2048-bit generation takes ~100 ms). */
export function keys(bits = 2048, slot = 0): Promise<CryptoKeyPair> {
  const k = bits * 10 + slot;
  if (!keyCache.has(k)) keyCache.set(k, webcrypto.subtle.generateKey(rsa(bits), true, ['sign', 'verify']) as Promise<CryptoKeyPair>);
  return keyCache.get(k)!;
}

export interface Ca {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

let serial = 0x1000;
const nextSerial = () => (serial++).toString(16).padStart(6, '0');

export async function rootCa(name = 'C=US, O=Contoso, CN=Contoso Root CA', slot = 1): Promise<Ca> {
  const k = await keys(2048, slot);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name,
    notBefore: daysFromNow(-365),
    notAfter: daysFromNow(3650),
    keys: k,
    signingAlgorithm: rsa(2048),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(k.publicKey),
    ],
  });
  return { cert, keys: k };
}

export async function subCa(issuer: Ca, name = 'DC=com, DC=contoso, CN=Contoso Issuing CA 01', slot = 2): Promise<Ca> {
  const k = await keys(2048, slot);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: name,
    issuer: issuer.cert.subject,
    notBefore: daysFromNow(-300),
    notAfter: daysFromNow(1800),
    signingKey: issuer.keys.privateKey,
    publicKey: k.publicKey,
    signingAlgorithm: rsa(2048),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(k.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.cert, false),
      new x509.CRLDistributionPointsExtension(['http://pki.contoso.com/crl/root.crl']),
    ],
  });
  return { cert, keys: k };
}

export const EKU = { server: x509.ExtendedKeyUsage.serverAuth, client: x509.ExtendedKeyUsage.clientAuth, requestAgent: '1.3.6.1.4.1.311.20.2.1' };

export interface LeafOptions {
  subject?: string;
  bits?: number;
  eku?: string[] | null;
  keyUsage?: number | null;
  san?: { type: 'dns' | 'ip' | 'upn'; value: string }[] | null;
  notBefore?: Date;
  notAfter?: Date;
  cdp?: string[] | null;
  aia?: boolean;
  template?: { oid: string; major: number; minor: number };
  templateName?: string;
  applicationPolicies?: string[];
}

export async function leaf(issuer: Ca, o: LeafOptions = {}): Promise<x509.X509Certificate> {
  const k = await keys(o.bits ?? 2048, 3);
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(false, undefined, false)];
  if (o.keyUsage !== null) extensions.push(new x509.KeyUsagesExtension(o.keyUsage ?? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true));
  if (o.eku !== null) extensions.push(new x509.ExtendedKeyUsageExtension(o.eku ?? [EKU.server, EKU.client]));
  if (o.san !== null) extensions.push(new x509.SubjectAlternativeNameExtension(o.san ?? [{ type: 'dns', value: 'dpm01.contoso.com' }]));
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(k.publicKey));
  extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.cert, false));
  if (o.cdp !== null) extensions.push(new x509.CRLDistributionPointsExtension(o.cdp ?? ['http://pki.contoso.com/crl/issuing01.crl']));
  if (o.aia !== false) extensions.push(new x509.AuthorityInfoAccessExtension({ caIssuers: [new x509.GeneralName('url', 'http://pki.contoso.com/aia/issuing01.crt')] }));
  if (o.template) {
    extensions.push(new x509.Extension(ms.id_certificateTemplate, false, AsnConvert.serialize(new ms.CertificateTemplate({ templateID: o.template.oid, templateMajorVersion: o.template.major, templateMinorVersion: o.template.minor }))));
  }
  if (o.templateName) {
    // What Windows writes in practice: a bare BMPString (MS-WCCE says SEQUENCE { UTF8String }).
    const bmp = Buffer.from(o.templateName, 'utf16le').swap16();
    extensions.push(new x509.Extension(ms.id_enrollCertType, false, Buffer.concat([Buffer.from([0x1e, bmp.length]), bmp])));
  }
  if (o.applicationPolicies) {
    const ap = new ms.CertificateApplicationPolicies(o.applicationPolicies.map((p) => new asn1X509.PolicyInformation({ policyIdentifier: p })));
    extensions.push(new x509.Extension(ms.id_certificateApplicationPolicies, false, AsnConvert.serialize(ap)));
  }
  return x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: o.subject ?? 'CN=dpm01.contoso.com',
    issuer: issuer.cert.subject,
    notBefore: o.notBefore ?? daysFromNow(-30),
    notAfter: o.notAfter ?? daysFromNow(335),
    signingKey: issuer.keys.privateKey,
    publicKey: k.publicKey,
    signingAlgorithm: rsa(2048),
    extensions,
  });
}

export async function selfSignedLeaf(subject = 'CN=memberservertest.contoso.com', eku = [EKU.server, EKU.client]): Promise<x509.X509Certificate> {
  const k = await keys(2048, 4);
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: subject,
    notBefore: daysFromNow(-1),
    notAfter: daysFromNow(364),
    keys: k,
    signingAlgorithm: rsa(2048),
    extensions: [new x509.ExtendedKeyUsageExtension(eku), new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true)],
  });
}

/**
 * Re-signs a certificate with node:crypto after changing its TBS: version 1 (no extensions) and/or
 * an MD5 signature, which WebCrypto cannot produce.
 */
export async function resign(cert: x509.X509Certificate, signer: CryptoKeyPair, o: { v1?: boolean; md5?: boolean; sha1?: boolean }): Promise<Uint8Array> {
  const asn = AsnConvert.parse(cert.rawData, asn1X509.Certificate);
  const tbs = asn.tbsCertificate;
  if (o.v1) {
    tbs.version = asn1X509.Version.v1;
    tbs.extensions = undefined;
  }
  if (o.md5 || o.sha1) {
    tbs.signature = new asn1X509.AlgorithmIdentifier({ algorithm: o.md5 ? '1.2.840.113549.1.1.4' : '1.2.840.113549.1.1.5', parameters: null });
    asn.signatureAlgorithm = tbs.signature;
  }
  (tbs as unknown as { tbsCertificateRaw?: ArrayBuffer }).tbsCertificateRaw = undefined;
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', signer.privateKey));
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  asn.signatureValue = new Uint8Array(sign(o.md5 ? 'md5' : o.sha1 ? 'sha1' : 'sha256', tbsDer, key)).buffer;
  return new Uint8Array(AsnConvert.serialize(asn));
}

export const der = (c: x509.X509Certificate) => new Uint8Array(c.rawData);
export const pem = (c: x509.X509Certificate | Uint8Array, eol = '\n') => {
  const b64 = Buffer.from(c instanceof Uint8Array ? c : new Uint8Array(c.rawData)).toString('base64');
  return `-----BEGIN CERTIFICATE-----${eol}${b64.match(/.{1,64}/g)!.join(eol)}${eol}-----END CERTIFICATE-----${eol}`;
};

export const p7b = (certs: x509.X509Certificate[]) => new Uint8Array(new x509.X509Certificates(certs).export('raw'));

/** DER tag-length-value, for building a PKCS#12 container byte by byte. */
function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(parts);
  const len = body.length < 0x80 ? Buffer.from([body.length]) : body.length < 0x100 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const hexBytes = (h: string) => Buffer.from(h, 'hex');

/**
 * A PKCS#12 container shaped like Windows' "Export with private key": PFX { version 3, authSafe
 * (data) holding password-encrypted content, macData (SHA-1 HMAC, salt, 2000 iterations) }.
 */
export function pfx(): Uint8Array {
  const oidData = hexBytes('06092a864886f70d010701');
  const oidEncryptedData = hexBytes('06092a864886f70d010706');
  const encrypted = tlv(0x30, oidEncryptedData, tlv(0xa0, tlv(0x30, tlv(0x02, hexBytes('00')), tlv(0x04, new Uint8Array(96).fill(0x5a)))));
  const authSafe = tlv(0x30, oidData, tlv(0xa0, tlv(0x04, tlv(0x30, encrypted))));
  const mac = tlv(0x30, tlv(0x30, tlv(0x30, hexBytes('06052b0e03021a'), hexBytes('0500')), tlv(0x04, new Uint8Array(20).fill(1))), tlv(0x04, new Uint8Array(8).fill(2)), tlv(0x02, hexBytes('07d0')));
  return new Uint8Array(tlv(0x30, tlv(0x02, hexBytes('03')), authSafe, mac));
}

/** An intake holding what the readers found in the given inputs, plus the user's words. */
export function intakeOf(inputs: { name: string; content: string | Uint8Array }[], question = '', extra: Evidence[] = []): Intake {
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  inputs.forEach((inp, i) => {
    const m = readCertificateMaterialSync(inp.content, i, inp.name);
    evidence.push(...m.evidence);
    notes.push(...m.notes);
  });
  evidence.push(...extra);
  return { inputs: [], evidence: [...evidence], language: 'en', question, text: question, notes };
}

export function ctxOf(intake: Intake, now = NOW): RuleContext {
  return { intake, knowledge: emptyKnowledge(), now, language: 'en' };
}
