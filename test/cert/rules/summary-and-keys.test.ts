// Every certificate yields a summary; a shared private key is reported as exposed.
import { summaryRule } from '../../../core/rules/cert/summary';
import { privateKeyExposedRule } from '../../../core/rules/cert/private-key-exposed';
import { der, EKU, leaf, pem, pfx, rootCa, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';

let root: Ca;
let issuing: Ca;
beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
});

it('without a purpose, says what the certificate is fit for and what not', async () => {
  const s = run(summaryRule, [der(await leaf(issuing, { eku: [EKU.server] }))]);
  expect(ids(s)).toEqual(['cert.summary.no-purpose']);
  const quotes = Object.fromEntries(s[0].evidence.map((e) => [e.label, e.quote]));
  expect(quotes['Fit for']).toContain('IIS / HTTPS server binding');
  expect(quotes['Not fit for']).toMatch(/DPM agent authentication \(no Client Authentication/);
  const facts = Object.fromEntries(s[0].facts!.map((f) => [f.label, f.value]));
  expect(facts.Thumbprint).toMatch(/^[0-9A-F]{40}$/);
  expect(facts['Key Usage']).toBe('Digital Signature, Key Encipherment (a0)');
  expect(facts.Issuer).toBe('CN=Contoso Issuing CA 01, DC=contoso, DC=com');
});

it('with a purpose named, is the plain summary; a CA certificate says which store it belongs in', () => {
  expect(ids(run(summaryRule, [der(root.cert)], 'for DPM'))).toEqual(['cert.summary']);
  const s = run(summaryRule, [der(issuing.cert)]);
  expect(s[0].evidence.find((e) => e.label === 'Fit for')?.quote).toMatch(/Intermediate Certification Authorities/);
});

it('summarises the leaf of a bundle and lists the CAs that came with it', async () => {
  const c = await leaf(issuing);
  const s = run(summaryRule, [`${pem(c)}${pem(issuing.cert)}${pem(root.cert)}`]);
  expect(s).toHaveLength(1);
  expect(s[0].bindings?.subject).toBe('CN=dpm01.contoso.com');
  expect(s[0].facts!.filter((f) => f.label === 'Also attached').map((f) => f.value.split(' (')[0])).toEqual(['CN=Contoso Issuing CA 01, DC=contoso, DC=com', 'CN=Contoso Root CA, O=Contoso, C=US']);
});

it('reports a PEM private key and a .pfx as exposed, with the certificate they came with', async () => {
  const c = await leaf(issuing);
  const text = `${pem(c)}-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n`;
  const s = run(privateKeyExposedRule, [{ name: 'server.pem', content: text }]);
  expect(ids(s)).toEqual(['cert.private-key-exposed']);
  expect(s[0].bindings?.subject).toBe('CN=dpm01.contoso.com');
  expect(ids(run(privateKeyExposedRule, [{ name: 'server.pfx', content: pfx() }]))).toEqual(['cert.private-key-exposed']);
  expect(run(privateKeyExposedRule, [der(c)])).toEqual([]);
});
