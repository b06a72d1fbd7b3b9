// Generic checks that apply to every certificate, whatever it is for.
import { validityRule } from '../../../core/rules/cert/validity';
import { weakKeyRule } from '../../../core/rules/cert/weak-key';
import { weakSignatureHashRule } from '../../../core/rules/cert/weak-signature-hash';
import { emptySubjectRule } from '../../../core/rules/cert/empty-subject';
import { versionRule } from '../../../core/rules/cert/version-1';
import { selfSignedLeafRule } from '../../../core/rules/cert/self-signed';
import { revocationInfoRule } from '../../../core/rules/cert/revocation-info';
import { daysFromNow, der, keys, leaf, resign, rootCa, selfSignedLeaf, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';

let root: Ca;
let issuing: Ca;
let good: Uint8Array;
beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
  good = der(await leaf(issuing));
});

describe('cert.validity', () => {
  it('flags expired with the date, and binds thumbprint and NotAfter', async () => {
    const s = run(validityRule, [der(await leaf(issuing, { notBefore: daysFromNow(-700), notAfter: daysFromNow(-10) }))]);
    expect(ids(s)).toEqual(['cert.expired']);
    expect(s[0].facts?.[0].value).toMatch(/expired on \d{4}-\d\d-\d\d \(10 days ago\)/);
    expect(s[0].bindings?.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(s[0].bindings?.notAfter).toBe(daysFromNow(-10).toISOString().slice(0, 10));
  });
  it('flags not yet valid and expiring within 30 days', async () => {
    expect(ids(run(validityRule, [der(await leaf(issuing, { notBefore: daysFromNow(3), notAfter: daysFromNow(300) }))]))).toEqual(['cert.not-yet-valid']);
    expect(ids(run(validityRule, [der(await leaf(issuing, { notAfter: daysFromNow(20) }))]))).toEqual(['cert.expiring-soon']);
  });
  it('passes a valid certificate, and is not applicable without one', () => {
    expect(run(validityRule, [good])).toEqual([]);
    expect(run(validityRule, ['just a question about certificates'])).toEqual([]);
  });
});

describe('cert.weak-key', () => {
  it('flags 512 bits, passes 1024 and 2048', async () => {
    expect(ids(run(weakKeyRule, [der(await leaf(issuing, { bits: 512 }))]))).toEqual(['cert.weak-key']);
    expect(run(weakKeyRule, [der(await leaf(issuing, { bits: 1024 }))])).toEqual([]);
    expect(run(weakKeyRule, [good])).toEqual([]);
  });
});

describe('cert.weak-signature-hash', () => {
  it('flags SHA-1 and MD5 on issued certificates, not SHA-256', async () => {
    const c = await leaf(issuing);
    expect(ids(run(weakSignatureHashRule, [await resign(c, issuing.keys, { sha1: true })]))).toEqual(['cert.sha1-signature']);
    expect(ids(run(weakSignatureHashRule, [await resign(c, issuing.keys, { md5: true })]))).toEqual(['cert.md5-signature']);
    expect(run(weakSignatureHashRule, [good])).toEqual([]);
  });
  it('ignores the signature of a self-signed root (it is never verified)', async () => {
    const sha1Root = await resign(root.cert, root.keys, { sha1: true });
    expect(run(weakSignatureHashRule, [sha1Root])).toEqual([]);
  });
});

describe('cert.empty-subject', () => {
  it('flags an empty subject and names the SAN', async () => {
    const s = run(emptySubjectRule, [der(await leaf(issuing, { subject: '' }))]);
    expect(ids(s)).toEqual(['cert.empty-subject']);
    expect(s[0].facts?.[0].value).toContain('dns:dpm01.contoso.com');
    expect(run(emptySubjectRule, [good])).toEqual([]);
  });
});

describe('cert.version-1', () => {
  it('flags an issued V1 certificate, passes V3', async () => {
    const v1 = await resign(await leaf(issuing), issuing.keys, { v1: true });
    expect(ids(run(versionRule, [v1]))).toEqual(['cert.version-1']);
    expect(run(versionRule, [good])).toEqual([]);
  });
});

describe('cert.self-signed-leaf', () => {
  it('flags a self-signed end-entity certificate, not a root CA and not an issued one', async () => {
    expect(ids(run(selfSignedLeafRule, [der(await selfSignedLeaf())]))).toEqual(['cert.self-signed-leaf']);
    expect(run(selfSignedLeafRule, [der(root.cert)])).toEqual([]);
    expect(run(selfSignedLeafRule, [good])).toEqual([]);
  });
  it('also for MD5-signed self-signed certificates, which WebCrypto cannot verify', async () => {
    const md5 = await resign(await selfSignedLeaf(), await keys(2048, 4), { md5: true });
    expect(ids(run(selfSignedLeafRule, [md5]))).toEqual(['cert.self-signed-leaf']);
  });
});

describe('cert.revocation-info', () => {
  it('flags no CDP/AIA, and LDAP-only CDP', async () => {
    expect(ids(run(revocationInfoRule, [der(await leaf(issuing, { cdp: null, aia: false }))]))).toEqual(['cert.no-revocation-info']);
    const ldap = await leaf(issuing, { cdp: ['ldap:///CN=Contoso Issuing CA 01,CN=PKI,CN=CDP,CN=Public Key Services,CN=Services,CN=Configuration,DC=contoso,DC=com?certificateRevocationList?base'], aia: false });
    expect(ids(run(revocationInfoRule, [der(ldap)]))).toEqual(['cert.revocation-ldap-only']);
    expect(run(revocationInfoRule, [good])).toEqual([]);
  });
});
