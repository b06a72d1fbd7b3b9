import { readCertutil } from '../../core/intake/certutil';
import { bare, ctxOf, fixture } from './helpers';

describe('certutil output', () => {
  test('-store -v my with a CNG key (eval dpm-certutil-cng layout)', () => {
    const list = readCertutil(ctxOf(fixture('certutil-store-v-cng.txt')));
    expect(list.map(bare)).toEqual([
      {
        kind: 'certutil-cert',
        verb: 'store',
        storeName: 'my',
        index: 0,
        version: 3,
        serialNumber: '5da52bdc000226d4c235',
        signatureAlgorithm: 'sha256RSA',
        issuer: 'CN=Contoso Issuing CA 01',
        notBefore: '9/14/2025 7:31 AM',
        notAfter: '9/14/2027 7:31 AM',
        subject: 'CN=backup02.contoso.com',
        publicKeyAlgorithm: 'RSA',
        publicKeyLength: 2048,
        applicationPolicies: ['Server Authentication', 'Client Authentication'],
        enhancedKeyUsage: [],
        certHashSha1: '6d1e8c6f0e4b0f2c9a3d5e7f8a9b0c1d2e3f4a5b',
        keyContainer: 'te-DPMAuth-2f1c9a7e-5b0d-4c3e-9f8a-1b2c3d4e5f60',
        provider: 'Microsoft Software Key Storage Provider',
        providerType: 0,
        keySpec: 0,
        exportable: false,
        encryptionTest: 'passed',
        hasPrivateKey: true,
      },
      { kind: 'certutil-result', verb: 'store', ok: true, message: '-store command completed successfully.' },
    ]);
  });

  test('seed 000 output with blog annotations and a blank line under Issuer:', () => {
    const [c] = readCertutil(ctxOf(fixture('certutil-store-v-seed000.txt')));
    expect(c).toMatchObject({
      kind: 'certutil-cert',
      verb: 'store',
      storeName: 'my',
      index: 1,
      version: 3,
      signatureAlgorithm: 'sha1RSA',
      issuer: 'CN=Corp NAP CA 1',
      publicKeyLength: 2048,
      applicationPolicies: ['Server Authentication', 'Client Authentication'],
      keyContainer: '{57CE5453-2951-4AE2-A036-E685FC52AB83}',
      provider: 'Microsoft Enhanced Cryptographic Provider v1.0',
      providerType: 1,
      keySpec: 1,
      keySpecName: 'AT_KEYEXCHANGE',
      exportable: false,
      encryptionTest: 'passed',
    });
  });

  test('multi-line DNs, EKU with OIDs, key usage, template, root flag; a block without a key', () => {
    const text = `C:\\>certutil -v -store My
My "Personal"
================ Certificate 0 ================
X509 Certificate:
Version: 3
Serial Number: 2100000004
Issuer:
    CN=ROOTCA-CA
  Name Hash(sha1): 0a
Subject:
    CN=Contoso CA
    DC=Contoso
    DC=com
Certificate Extensions: 2
    2.5.29.37: Flags = 0, Length = 16
    Enhanced Key Usage
        Server Authentication (1.3.6.1.5.5.7.3.1)
    2.5.29.15: Flags = 1(Critical), Length = 4
    Key Usage
        Digital Signature, Key Encipherment (a0)
Template: WebServer
Root Certificate: Subject matches Issuer
Cert Hash(sha1): a50337ab015d5612b7dc4c1e759d201e74cc2a93
  CERT_KEY_PROV_INFO_PROP_ID(2):
    Key Container = Contoso CA
    Provider = Microsoft Software Key Storage Provider
    ProviderType = 0
        KeySpec = 2 -- AT_SIGNATURE
Signature test passed
================ Certificate 1 ================
Serial Number: 01
Issuer: CN=Other
Subject: CN=Other
Cert Hash(sha1): 0000000000000000000000000000000000000001
CertUtil: -store command completed successfully.`;
    const [a, b] = readCertutil(ctxOf(text));
    expect(a).toMatchObject({
      storeName: 'My',
      issuer: 'CN=ROOTCA-CA',
      subject: 'CN=Contoso CA, DC=Contoso, DC=com',
      enhancedKeyUsage: ['Server Authentication', '1.3.6.1.5.5.7.3.1'],
      keyUsage: 'Digital Signature, Key Encipherment (a0)',
      template: 'WebServer',
      rootCertificate: true,
      keySpec: 2,
      keySpecName: 'AT_SIGNATURE',
      signatureTest: 'passed',
      hasPrivateKey: true,
    });
    expect(b).toMatchObject({ index: 1, issuer: 'CN=Other', hasPrivateKey: false });
  });

  test('-verify failures and certutil errors', () => {
    const text = `ERROR: Verifying leaf certificate revocation status returned The revocation function was unable to check revocation because the revocation server was offline. 0x80092013 (-2146885613 CRYPT_E_REVOCATION_OFFLINE)
CertUtil: The revocation function was unable to check revocation because the revocation server was offline.
CertUtil: -verify command FAILED: 0x800b010a (-2146762486 CERT_E_CHAINING)
CertUtil: A certificate chain could not be built to a trusted root authority.`;
    expect(readCertutil(ctxOf(text)).map(bare)).toEqual([
      { kind: 'certutil-result', verb: 'verify', ok: false, code: 0x800b010a, message: 'A certificate chain could not be built to a trusted root authority.' },
      {
        kind: 'certutil-result',
        ok: false,
        code: 0x80092013,
        message:
          'ERROR: Verifying leaf certificate revocation status returned The revocation function was unable to check revocation because the revocation server was offline. 0x80092013 (-2146885613 CRYPT_E_REVOCATION_OFFLINE)',
      },
    ]);
    expect(readCertutil(ctxOf('Leaf certificate revocation check passed\nCertUtil: -verify command completed successfully.')).map((r) => r.kind === 'certutil-result' && r.ok)).toEqual([true, true]);
  });

  test('-verify chain error bits', () => {
    const text = `-------- CERT_CHAIN_CONTEXT --------
ChainContext.dwInfoStatus = CERT_TRUST_HAS_PREFERRED_ISSUER (0x100)
ChainContext.dwErrorStatus = CERT_TRUST_IS_UNTRUSTED_ROOT (0x20)
CertContext[0][0]: dwInfoStatus=102 dwErrorStatus=1
  Element.dwErrorStatus = CERT_TRUST_IS_NOT_TIME_VALID (0x1)`;
    expect(readCertutil(ctxOf(text)).map((r) => r.kind === 'certutil-result' && [r.verb, r.ok, r.message])).toEqual([
      ['verify', false, 'ChainContext: CERT_TRUST_IS_UNTRUSTED_ROOT (0x20)'],
      ['verify', false, 'Element: CERT_TRUST_IS_NOT_TIME_VALID (0x1)'],
    ]);
  });

  test('text without certutil output gives nothing', () => {
    expect(readCertutil(ctxOf('Issuer: CN=x\nwhy does this fail?'))).toEqual([]);
    expect(readCertutil(ctxOf('Error: 0x80092013 CRYPT_E_REVOCATION_OFFLINE when the app starts'))).toEqual([]);
  });
});
