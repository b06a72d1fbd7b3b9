// Facts as Windows shows them, read from generated certificates: names most specific first,
// version, key, signature hash, extensions, Microsoft template and application policies, the
// thumbprint exactly as PowerShell prints it and as the certificate dialog spaces it.
import { createHash, X509Certificate as NodeX509 } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { readFacts } from '../../core/cert/facts';
import { analyseCertificate } from '../../core/cert/analyse';
import { validityAt } from '../../core/cert/validity';
import { der, daysFromNow, EKU, keys, leaf, NOW, resign, rootCa, selfSignedLeaf, subCa, type Ca } from './fixtures';

let root: Ca;
let issuing: Ca;

beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
});

describe('names, serial, thumbprints', () => {
  it('prints subject and issuer most specific first, as certutil does', async () => {
    const c = await leaf(issuing, { subject: 'DC=com, DC=contoso, OU=Servers, CN=web01.contoso.com' });
    const f = readFacts(der(c));
    expect(f.subject).toBe('CN=web01.contoso.com, OU=Servers, DC=contoso, DC=com');
    expect(f.issuer).toBe('CN=Contoso Issuing CA 01, DC=contoso, DC=com');
    expect(f.subjectCommonName).toBe('web01.contoso.com');
  });

  it('gives the thumbprint as PowerShell prints it, spaced like the dialog, and SHA-256', async () => {
    const c = await leaf(issuing);
    const f = readFacts(der(c));
    const node = new NodeX509(der(c));
    expect(f.thumbprint).toBe(node.fingerprint.replace(/:/g, ''));
    expect(f.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(f.thumbprintSpaced).toBe(f.thumbprint.toLowerCase().match(/../g)!.join(' '));
    expect(f.sha256).toBe(node.fingerprint256.replace(/:/g, ''));
    expect(f.thumbprint.toLowerCase()).toBe(createHash('sha1').update(der(c)).digest('hex'));
  });

  it('reads the serial number as hex', async () => {
    const c = await leaf(issuing);
    expect(readFacts(der(c)).serialNumber).toBe(c.serialNumber.toLowerCase());
  });
});

describe('version, key and signature', () => {
  it('reads version 3 and, from the ASN.1, version 1', async () => {
    const c = await leaf(issuing);
    expect(readFacts(der(c)).version).toBe(3);
    const v1 = await resign(c, issuing.keys, { v1: true });
    const f = readFacts(v1);
    expect(f.version).toBe(1);
    expect(f.enhancedKeyUsage).toBeUndefined();
  });

  it('reads key algorithm and size', async () => {
    expect(readFacts(der(await leaf(issuing, { bits: 1024 }))).publicKey).toEqual({ algorithm: 'RSA', bits: 1024, curve: undefined });
    const ec = await webcryptoEcLeaf();
    expect(readFacts(ec).publicKey).toMatchObject({ algorithm: 'ECC', curve: 'P-256', bits: 256 });
  });

  it('names the signature hash: sha256RSA, sha1RSA, md5RSA', async () => {
    expect(readFacts(der(await leaf(issuing))).signature).toMatchObject({ name: 'sha256RSA', hash: 'SHA-256' });
    // WebCrypto binds the hash to the key, so SHA-1 and MD5 signatures are made with node:crypto.
    const sha1 = await resign(await leaf(issuing), issuing.keys, { sha1: true });
    expect(readFacts(sha1).signature).toMatchObject({ name: 'sha1RSA', hash: 'SHA-1' });
    expect(new NodeX509(sha1).verify(new NodeX509(der(issuing.cert)).publicKey)).toBe(true);
    const md5 = await resign(await leaf(issuing), issuing.keys, { md5: true });
    expect(readFacts(md5).signature).toMatchObject({ name: 'md5RSA', hash: 'MD5' });
  });
});

describe('self-signed: names and signature', () => {
  it('a root and a self-signed leaf are self-signed; an issued certificate is not', async () => {
    expect(readFacts(der(root.cert)).selfSigned).toBe(true);
    expect(readFacts(der(await selfSignedLeaf())).selfSigned).toBe(true);
    expect(readFacts(der(await leaf(issuing))).selfSigned).toBe(false);
  });

  it('verifies MD5-signed self-signed certificates with Node (WebCrypto cannot)', async () => {
    const ss = await selfSignedLeaf();
    const md5 = await resign(ss, await keys(2048, 4), { md5: true });
    const f = readFacts(md5);
    expect(f.signature.hash).toBe('MD5');
    expect(f.selfSigned).toBe(true);
  });

  it('same name but signed by another key is self-issued, not self-signed', async () => {
    const k = await keys(2048, 4);
    const other = await x509.X509CertificateGenerator.create({
      serialNumber: '0b',
      subject: 'CN=twin',
      issuer: 'CN=twin',
      notBefore: daysFromNow(-1),
      notAfter: daysFromNow(10),
      signingKey: issuing.keys.privateKey,
      publicKey: k.publicKey,
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    });
    const f = readFacts(der(other));
    expect(f.selfIssued).toBe(true);
    expect(f.selfSigned).toBe(false);
  });
});

describe('extensions', () => {
  it('reads Key Usage with the byte Windows prints, EKU by name, SAN, SKI/AKI, CDP and AIA', async () => {
    const c = await leaf(issuing, { san: [{ type: 'dns', value: 'dpm01.contoso.com' }, { type: 'ip', value: '10.0.0.5' }, { type: 'upn', value: 'svc@contoso.com' }] });
    const f = readFacts(der(c));
    expect(f.keyUsage).toEqual({ names: ['Digital Signature', 'Key Encipherment'], hex: 'a0', critical: true });
    expect(f.enhancedKeyUsage).toEqual([
      { oid: '1.3.6.1.5.5.7.3.1', name: 'Server Authentication' },
      { oid: '1.3.6.1.5.5.7.3.2', name: 'Client Authentication' },
    ]);
    expect(f.subjectAltNames).toEqual([
      { type: 'dns', value: 'dpm01.contoso.com' },
      { type: 'ip', value: '10.0.0.5' },
      { type: 'upn', value: 'svc@contoso.com' },
    ]);
    expect(f.authorityKeyId).toBe(readFacts(der(issuing.cert)).subjectKeyId);
    expect(f.crlDistributionPoints).toEqual(['http://pki.contoso.com/crl/issuing01.crl']);
    expect(f.aia).toEqual({ caIssuers: ['http://pki.contoso.com/aia/issuing01.crt'], ocsp: [] });
    expect(Array.isArray(f.enhancedKeyUsage) && f.enhancedKeyUsage.constructor).toBe(Array);
  });

  it('reads Basic Constraints of a CA', () => {
    expect(readFacts(der(issuing.cert)).basicConstraints).toEqual({ ca: true, pathLength: 0, critical: true });
  });

  it('reads the Microsoft template (V2 OID and V1 name) and application policies', async () => {
    const c = await leaf(issuing, {
      template: { oid: '1.3.6.1.4.1.311.21.8.1234.5678.1', major: 100, minor: 4 },
      templateName: 'WebServer',
      applicationPolicies: [EKU.server, EKU.client],
    });
    const f = readFacts(der(c));
    expect(f.template).toEqual({ name: 'WebServer', oid: '1.3.6.1.4.1.311.21.8.1234.5678.1', majorVersion: 100, minorVersion: 4 });
    expect(f.applicationPolicies?.map((p) => p.name)).toEqual(['Server Authentication', 'Client Authentication']);
  });

  it('has no EKU when the extension is absent', async () => {
    expect(readFacts(der(await leaf(issuing, { eku: null }))).enhancedKeyUsage).toBeUndefined();
  });
});

describe('validity against the injected clock', () => {
  it.each([
    [daysFromNow(-400), daysFromNow(-5), 'expired'],
    [daysFromNow(5), daysFromNow(400), 'not-yet-valid'],
    [daysFromNow(-300), daysFromNow(12), 'expiring-soon'],
    [daysFromNow(-30), daysFromNow(300), 'valid'],
  ])('%s – %s is %s', async (nb, na, state) => {
    const f = readFacts(der(await leaf(issuing, { notBefore: nb as Date, notAfter: na as Date })));
    expect(validityAt(f, NOW).state).toBe(state);
  });
});

describe('analyseCertificate (the benchmark entry point)', () => {
  it('lists the generic problems', async () => {
    const c = await leaf(issuing, { bits: 512, subject: '', notAfter: daysFromNow(-1), notBefore: daysFromNow(-100), cdp: null, aia: false });
    const a = analyseCertificate(await resign(c, issuing.keys, { sha1: true }), NOW);
    expect(a.problems.sort()).toEqual(['empty-subject', 'expired', 'no-revocation-info', 'sha1-signature', 'weak-key']);
    expect(a.ca).toBe(false);
  });

  it('throws on bytes that are not a certificate (callers go through the reader, which never throws)', () => {
    expect(() => analyseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]), NOW)).toThrow();
  });
});

async function webcryptoEcLeaf(): Promise<Uint8Array> {
  const { webcrypto } = await import('node:crypto');
  const k = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const c = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0e',
    name: 'CN=ec.contoso.com',
    notBefore: daysFromNow(-1),
    notAfter: daysFromNow(10),
    keys: k,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
  });
  return der(c);
}
