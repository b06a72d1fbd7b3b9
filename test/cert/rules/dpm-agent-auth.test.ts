// DPM agent authentication, judged only when the input is about DPM.
import { dpmAgentAuthRule } from '../../../core/rules/cert/dpm-agent-auth';
import { der, EKU, leaf, p7b, resign, rootCa, selfSignedLeaf, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';
import type { CertutilCertEvidence, PrivateKeyEvidence } from '../../../core/model/evidence';
import { readFacts } from '../../../core/cert/facts';

let issuing: Ca;
beforeAll(async () => {
  issuing = await subCa(await rootCa());
});

const FOR_DPM = 'Can I use this certificate for DPM agent authentication?';

it('a compliant certificate fits, with its thumbprint for Set-DPMCredentials and what a .cer cannot show', async () => {
  const s = run(dpmAgentAuthRule, [der(await leaf(issuing))], FOR_DPM);
  expect(ids(s)).toEqual(['cert.dpm.fits']);
  expect(s[0].bindings?.thumbprint).toMatch(/^[0-9A-F]{40}$/);
  expect(s[0].facts?.map((f) => f.value).join(' ')).toMatch(/certutil -store -v my/);
});

it('self-signed, server-auth only, short key, empty subject, V1 and no CDP each get their signal', async () => {
  expect(ids(run(dpmAgentAuthRule, [der(await selfSignedLeaf())], FOR_DPM))).toEqual(['cert.dpm.self-signed']);
  const serverOnly = run(dpmAgentAuthRule, [der(await leaf(issuing, { eku: [EKU.server] }))], FOR_DPM);
  expect(ids(serverOnly)).toEqual(['cert.dpm.eku-missing']);
  expect(serverOnly[0].bindings?.missingEku).toBe('Client Authentication');
  expect(ids(run(dpmAgentAuthRule, [der(await leaf(issuing, { bits: 512 }))], FOR_DPM))).toEqual(['cert.dpm.key-too-short']);
  expect(ids(run(dpmAgentAuthRule, [der(await leaf(issuing, { subject: '' }))], FOR_DPM))).toEqual(['cert.dpm.empty-subject']);
  expect(ids(run(dpmAgentAuthRule, [await resign(await leaf(issuing), issuing.keys, { v1: true })], FOR_DPM))).toEqual(['cert.dpm.no-revocation-info', 'cert.dpm.not-v3']);
  expect(ids(run(dpmAgentAuthRule, [der(await leaf(issuing, { cdp: null, aia: false }))], FOR_DPM))).toEqual(['cert.dpm.no-revocation-info']);
});

it('a fit certificate with a problem DPM does not list (SHA-1) is said more quietly', async () => {
  const s = run(dpmAgentAuthRule, [await resign(await leaf(issuing), issuing.keys, { sha1: true })], FOR_DPM);
  expect(ids(s)).toEqual(['cert.dpm.fits']);
  expect(s[0].strength).toBeLessThan(0.6);
});

it('a pasted certutil block of the same certificate decides the key: CNG means not fit, KeySpec 1 in a CSP confirms', async () => {
  const d = der(await leaf(issuing));
  const thumb = readFacts(d).thumbprint.toLowerCase();
  const block = (provider: string, providerType: number, keySpec: number): CertutilCertEvidence => ({
    kind: 'certutil-cert', quote: 'certutil', verb: 'store', applicationPolicies: [], enhancedKeyUsage: [], certHashSha1: thumb, provider, providerType, keySpec, hasPrivateKey: true,
  });
  expect(run(dpmAgentAuthRule, [d], FOR_DPM, [block('Microsoft Software Key Storage Provider', 0, 0)])).toEqual([]);
  const ok = run(dpmAgentAuthRule, [d], FOR_DPM, [block('Microsoft Enhanced Cryptographic Provider v1.0', 1, 1)]);
  expect(ok[0].facts?.[1].value).toMatch(/KeySpec = 1/);
});

it('an attached root CA with an empty subject breaks the requirement too', async () => {
  const emptyRoot = await rootCa('', 7);
  const child = await leaf(emptyRoot);
  expect(ids(run(dpmAgentAuthRule, [p7b([child, emptyRoot.cert])], FOR_DPM))).toEqual(['cert.dpm.empty-subject']);
});

it('no EKU at all means no restriction: it fits', async () => {
  expect(ids(run(dpmAgentAuthRule, [der(await leaf(issuing, { eku: null }))], FOR_DPM))).toEqual(['cert.dpm.fits']);
});

it('does not call a certificate fit whose private key was just shared', async () => {
  const key: PrivateKeyEvidence = { kind: 'private-key', quote: '-----BEGIN PRIVATE KEY-----', format: 'pem', origin: 'cert0.cer' };
  expect(run(dpmAgentAuthRule, [der(await leaf(issuing))], FOR_DPM, [key])).toEqual([]);
});

it('is not applicable when the input is not about DPM', async () => {
  expect(run(dpmAgentAuthRule, [der(await selfSignedLeaf())], 'is this ok for the web site?')).toEqual([]);
});
