// Chains across the attached certificates: order, names and key ids, signatures, what is missing.
import * as x509 from '@peculiar/x509';
import { chainRule } from '../../../core/rules/cert/chain';
import { daysFromNow, der, keys, leaf, p7b, pem, rootCa, rsa, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';

let root: Ca;
let issuing: Ca;
let cert: x509.X509Certificate;
beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
  cert = await leaf(issuing);
});

it('a complete .p7b chain builds leaf → issuing → root, whatever the order', () => {
  for (const order of [[cert, issuing.cert, root.cert], [root.cert, cert, issuing.cert]]) {
    const s = run(chainRule, [p7b(order)]);
    expect(ids(s)).toEqual(['cert.chain.complete']);
    expect(s[0].facts?.[0].value).toBe('dpm01.contoso.com → Contoso Issuing CA 01 → Contoso Root CA (root included)');
  }
});

it('reports the order of a PEM chain file', () => {
  const s = run(chainRule, [`${pem(root.cert)}${pem(issuing.cert)}${pem(cert)}`]);
  expect(s[0].facts?.[1].value).toMatch(/^root first/);
});

it('a leaf with only the root attached misses its intermediate', () => {
  const s = run(chainRule, [der(cert), der(root.cert)]);
  expect(ids(s)).toEqual(['cert.chain.missing-issuer']);
  expect(s[0].bindings?.caName).toBe('CN=Contoso Issuing CA 01, DC=contoso, DC=com');
  expect(s[0].strength).toBeGreaterThan(0.5);
});

it('a CA with the same name but another key (renewed CA) is a key-id mismatch', async () => {
  const renewed = await subCa(root, 'DC=com, DC=contoso, CN=Contoso Issuing CA 01', 5);
  expect(ids(run(chainRule, [der(cert), der(renewed.cert), der(root.cert)]))).toEqual(['cert.chain.key-id-mismatch']);
});

it('a signature that does not verify with the issuer key is flagged', async () => {
  // Same name and no key ids: only the signature tells this "issuer" apart.
  const impostorKeys = await keys(2048, 6);
  const impostor = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0d', name: 'CN=Imposter Root', notBefore: daysFromNow(-1), notAfter: daysFromNow(100), keys: impostorKeys, signingAlgorithm: rsa(2048),
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  const child = await x509.X509CertificateGenerator.create({
    serialNumber: '0e', subject: 'CN=child', issuer: 'CN=Imposter Root', notBefore: daysFromNow(-1), notAfter: daysFromNow(100),
    signingKey: root.keys.privateKey, publicKey: (await keys(2048, 3)).publicKey, signingAlgorithm: rsa(2048),
  });
  expect(ids(run(chainRule, [der(child), der(impostor)]))).toEqual(['cert.chain.signature-invalid']);
});

it('is not applicable to a single certificate', () => {
  expect(run(chainRule, [der(cert)])).toEqual([]);
});
