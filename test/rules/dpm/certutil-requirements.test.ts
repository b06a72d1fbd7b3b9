// Each DPM certificate-requirement rule against certutil -store -v my blocks as Windows prints them
// (seed 000's annotated output, trimmed), one defect at a time, plus the compliant certificate that
// must pass every rule.
import { rules } from '../../../core/rules/dpm';
import { dpmCertCngKey } from '../../../core/rules/dpm/cng-key';
import { dpmCertExpired } from '../../../core/rules/dpm/expired';
import { dpmCertKeySpecNotExchange } from '../../../core/rules/dpm/keyspec-not-exchange';
import { dpmCertKeyTooShort } from '../../../core/rules/dpm/key-too-short';
import { dpmCertMissingAuthEku } from '../../../core/rules/dpm/missing-auth-eku';
import { dpmCertNoPrivateKey } from '../../../core/rules/dpm/no-private-key';
import { dpmCertNotV3 } from '../../../core/rules/dpm/not-v3';
import { dpmCertSelfSigned } from '../../../core/rules/dpm/self-signed';
import { dpmCertSubjectEmpty } from '../../../core/rules/dpm/subject-empty';
import { parseCertutilDate } from '../../../core/rules/dpm/certutil-blocks';
import type { CertutilCertEvidence, MentionEvidence } from '../../../core/model/evidence';
import { certutil, ctx } from '../helpers';

const BLOCK = `================ Certificate 0 ================
X509 Certificate:
Version: 3
Serial Number: 5da52bdc000226d4c235
Issuer:
    CN=Contoso Issuing CA 01
 NotBefore: 9/14/2025 7:31 AM
 NotAfter: 9/14/2027 7:31 AM
Subject:
    CN=backup02.contoso.com
Public Key Length: 2048 bits
        [1]Application Certificate Policy:
             Policy Identifier=Server Authentication
        [2]Application Certificate Policy:
             Policy Identifier=Client Authentication
Cert Hash(sha1): 6d1e8c6f0e4b0f2c9a3d5e7f8a9b0c1d2e3f4a5b
    Provider = Microsoft Enhanced Cryptographic Provider v1.0
    ProviderType = 1
    KeySpec = 1 -- AT_KEYEXCHANGE
Encryption test passed`;

/** The compliant certificate of seed 000 (renewed dates), as the certutil reader types it. */
function compliant(over: Partial<CertutilCertEvidence> = {}): CertutilCertEvidence {
  return certutil(BLOCK, {
    version: 3,
    serialNumber: '5da52bdc000226d4c235',
    issuer: 'CN=Contoso Issuing CA 01',
    subject: 'CN=backup02.contoso.com',
    notBefore: '9/14/2025 7:31 AM',
    notAfter: '9/14/2027 7:31 AM',
    publicKeyLength: 2048,
    applicationPolicies: ['Server Authentication', 'Client Authentication'],
    certHashSha1: '6d1e8c6f0e4b0f2c9a3d5e7f8a9b0c1d2e3f4a5b',
    provider: 'Microsoft Enhanced Cryptographic Provider v1.0',
    providerType: 1,
    keySpec: 1,
    keySpecName: 'AT_KEYEXCHANGE',
    hasPrivateKey: true,
    encryptionTest: 'passed',
    ...over,
  });
}

describe('DPM certificate requirement rules', () => {
  it('a compliant certificate passes every rule', () => {
    for (const rule of rules) expect({ rule: rule.id, signals: rule.run(ctx([compliant()])) }).toEqual({ rule: rule.id, signals: [] });
  });

  it('dpm.cert-cng-key: Microsoft Software Key Storage Provider / ProviderType 0', () => {
    const s = dpmCertCngKey.run(ctx([compliant({ provider: 'Microsoft Software Key Storage Provider', providerType: 0, keySpec: undefined })]));
    expect(s.map((x) => x.id)).toEqual(['dpm.cert-cng-key']);
    expect(s[0].bindings?.thumbprint).toBe('6d1e8c6f0e4b0f2c9a3d5e7f8a9b0c1d2e3f4a5b');
    expect(dpmCertCngKey.run(ctx([compliant({ provider: undefined, providerType: 0 })]))).toHaveLength(1);
  });

  it('dpm.cert-keyspec-not-exchange: KeySpec 2 strongly, a CSP block without KeySpec weakly, CNG not at all', () => {
    const sig = dpmCertKeySpecNotExchange.run(ctx([compliant({ keySpec: 2, keySpecName: 'AT_SIGNATURE' })]));
    expect(sig[0].strength).toBeGreaterThan(0.8);
    expect(sig[0].facts?.[0].value).toMatch(/AT_SIGNATURE/);
    const noKeySpec = compliant({ keySpec: undefined, keySpecName: undefined });
    // verbose output always prints KeySpec: its absence means the paste was cut
    const unknown = dpmCertKeySpecNotExchange.run(ctx([noKeySpec], `C:\\>certutil -store -v my\n${BLOCK}`));
    expect(unknown[0].strength).toBeLessThan(0.6);
    // plain "certutil -store my" never prints KeySpec: silent unless DPM is the topic
    expect(dpmCertKeySpecNotExchange.run(ctx([noKeySpec], `C:\\>certutil -store my\n${BLOCK}`))).toEqual([]);
    const dpm: MentionEvidence = { kind: 'mention', quote: 'DPM', component: 'dpm', text: 'DPM' };
    expect(dpmCertKeySpecNotExchange.run(ctx([noKeySpec, dpm], `DPM cert:\n${BLOCK}`))).toHaveLength(1);
    expect(dpmCertKeySpecNotExchange.run(ctx([compliant({ keySpec: undefined, provider: 'Microsoft Software Key Storage Provider', providerType: 0 })]))).toEqual([]);
  });

  it('dpm.cert-key-too-short: 512 bits, not 1024', () => {
    expect(dpmCertKeyTooShort.run(ctx([compliant({ publicKeyLength: 512 })]))[0].facts?.[0].value).toMatch(/512 bits/);
    expect(dpmCertKeyTooShort.run(ctx([compliant({ publicKeyLength: 1024 })]))).toEqual([]);
  });

  it('dpm.cert-missing-auth-eku: Server Authentication only; OIDs count; no EKU at all is fine', () => {
    expect(dpmCertMissingAuthEku.run(ctx([compliant({ applicationPolicies: ['Server Authentication'] })]))[0].facts?.[0].value).toBe('Client Authentication');
    expect(dpmCertMissingAuthEku.run(ctx([compliant({ applicationPolicies: [], enhancedKeyUsage: ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'] })]))).toEqual([]);
    expect(dpmCertMissingAuthEku.run(ctx([compliant({ applicationPolicies: [], enhancedKeyUsage: [] })]))).toEqual([]);
  });

  it('dpm.cert-no-private-key: only when certutil shows the key is missing', () => {
    expect(dpmCertNoPrivateKey.run(ctx([compliant({ hasPrivateKey: false })]))).toHaveLength(1);
    expect(dpmCertNoPrivateKey.run(ctx([compliant({ hasPrivateKey: undefined })]))).toEqual([]);
  });

  it('dpm.cert-expired: compares NotAfter with the injected clock (seed dates 2011 are expired today)', () => {
    expect(dpmCertExpired.run(ctx([compliant({ notBefore: '9/14/2011 7:31 AM', notAfter: '9/17/2011 7:31 AM' })]))[0].facts?.[0].value).toBe('9/17/2011 7:31 AM');
    expect(dpmCertExpired.run(ctx([compliant()]))).toEqual([]);
    expect(dpmCertExpired.run(ctx([compliant({ notBefore: '1/1/2030 1:00 PM' })]))[0].id).toBe('dpm.cert-expired');
  });

  it('dpm.cert-self-signed: issuer equals subject, or certutil says root certificate', () => {
    expect(dpmCertSelfSigned.run(ctx([compliant({ issuer: 'CN=backup02.contoso.com' })]))).toHaveLength(1);
    expect(dpmCertSelfSigned.run(ctx([compliant({ rootCertificate: true })]))).toHaveLength(1);
  });

  it('dpm.cert-not-v3 and dpm.cert-subject-empty', () => {
    expect(dpmCertNotV3.run(ctx([compliant({ version: 1 })]))).toHaveLength(1);
    expect(dpmCertSubjectEmpty.run(ctx([compliant({ subject: '' })]))).toHaveLength(1);
    expect(dpmCertSubjectEmpty.run(ctx([compliant({ subject: 'EMPTY (Already Matched)' })]))).toHaveLength(1);
  });

  it('reads the dates certutil prints in English and German', () => {
    expect(parseCertutilDate('9/17/2011 7:31 PM')?.toISOString()).toBe('2011-09-17T19:31:00.000Z');
    expect(parseCertutilDate('17.09.2011 07:31')?.toISOString()).toBe('2011-09-17T07:31:00.000Z');
    expect(parseCertutilDate('tomorrow')).toBeUndefined();
  });
});
