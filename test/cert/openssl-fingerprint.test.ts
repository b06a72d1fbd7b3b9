// Issue 3's bar, checked literally: the thumbprint in the answer equals
// `openssl x509 -fingerprint -sha1` for DER, PEM and .p7b inputs. Certificates are generated here;
// the test is skipped (and says so) only where no openssl binary is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { diagnose } from '../../core';

const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
if (!haveOpenssl) console.log('openssl not installed: skipping the openssl fingerprint comparison');

function opensslFingerprint(args: string[], input?: Buffer): string {
  const r = spawnSync('openssl', args, { input });
  const out = r.stdout.toString();
  return /Fingerprint=([0-9A-F:]+)/i.exec(out)![1].replace(/:/g, '').toUpperCase();
}

(haveOpenssl ? describe : describe.skip)('thumbprint equals openssl x509 -fingerprint -sha1', () => {
  let dir: string;
  let leaf: x509.X509Certificate;
  let root: x509.X509Certificate;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'certsleuth-openssl-'));
    const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const rootKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
    const leafKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
    root = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01', name: 'CN=Test Root', notBefore: new Date('2026-01-01'), notAfter: new Date('2036-01-01'), keys: rootKeys, signingAlgorithm: alg,
      extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
    });
    leaf = await x509.X509CertificateGenerator.create({
      serialNumber: '02', subject: 'CN=dpm01.contoso.local', issuer: root.subject, notBefore: new Date('2026-01-01'), notAfter: new Date('2027-06-01'),
      signingKey: rootKeys.privateKey, publicKey: leafKeys.publicKey, signingAlgorithm: alg,
      extensions: [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth])],
    });
  });

  const answerText = async (name: string, content: Uint8Array | string) => JSON.stringify((await diagnose([{ name, content }], { now: new Date('2026-11-22') })).reply).toUpperCase();

  it('DER', async () => {
    const path = join(dir, 'leaf.cer');
    writeFileSync(path, Buffer.from(leaf.rawData));
    const expected = opensslFingerprint(['x509', '-inform', 'DER', '-in', path, '-noout', '-fingerprint', '-sha1']);
    expect(await answerText('leaf.cer', new Uint8Array(leaf.rawData))).toContain(expected);
  });

  it('PEM', async () => {
    const pem = leaf.toString('pem');
    const path = join(dir, 'leaf.pem');
    writeFileSync(path, pem);
    const expected = opensslFingerprint(['x509', '-in', path, '-noout', '-fingerprint', '-sha1']);
    expect(await answerText('leaf.pem', pem)).toContain(expected);
  });

  it('.p7b (every certificate in it)', async () => {
    const p7b = new Uint8Array(new x509.X509Certificates([leaf, root]).export('raw'));
    const path = join(dir, 'chain.p7b');
    writeFileSync(path, p7b);
    const pems = spawnSync('openssl', ['pkcs7', '-inform', 'DER', '-in', path, '-print_certs']).stdout.toString();
    const blocks = pems.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
    expect(blocks).toHaveLength(2);
    const text = await answerText('chain.p7b', p7b);
    for (const block of blocks) {
      expect(text).toContain(opensslFingerprint(['x509', '-noout', '-fingerprint', '-sha1'], Buffer.from(block)));
    }
  });
});
