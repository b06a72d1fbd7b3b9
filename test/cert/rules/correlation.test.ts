// The attached certificate against thumbprints named elsewhere in the input.
import { thumbprintCorrelationRule } from '../../../core/rules/cert/thumbprint-correlation';
import type { ThumbprintEvidence } from '../../../core/model/evidence';
import { daysFromNow, der, EKU, leaf, rootCa, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';
import { readFacts } from '../../../core/cert/facts';

let issuing: Ca;
beforeAll(async () => {
  issuing = await subCa(await rootCa());
});

const OLD = '5d87a3c1e2b4f6071829304a5b6c7d8e9f0a1b2c';
const thumb = (context: ThumbprintEvidence['context'], label?: string, clean = OLD): ThumbprintEvidence => ({
  kind: 'thumbprint', quote: `${label ?? 'thumbprint'} ${clean}`, raw: clean, clean, defects: [], hiddenChars: [], context, ...(label ? { label } : {}),
});

it('NDESCertThumbprint naming another certificate: the policy-module signal with both thumbprints and NotBefore', async () => {
  const c = der(await leaf(issuing, { subject: 'CN=NDES-Server.contoso.com', eku: [EKU.client], notBefore: daysFromNow(-20) }));
  const s = run(thumbprintCorrelationRule, [c], '', [thumb('registry', 'NDESCertThumbprint')]);
  expect(ids(s)).toEqual(['cert.thumbprint-mismatch.ndes-registry']);
  expect(s[0].bindings).toMatchObject({ thumbprint: OLD, newThumbprint: readFacts(c).thumbprint.toLowerCase(), notBefore: daysFromNow(-20).toISOString().slice(0, 10) });
});

it('a -Thumbprint argument and a CAPI2 fileRef map to their own signals', async () => {
  const c = der(await leaf(issuing));
  expect(ids(run(thumbprintCorrelationRule, [c], '', [thumb('command', 'Thumbprint')]))).toEqual(['cert.thumbprint-mismatch.command']);
  expect(ids(run(thumbprintCorrelationRule, [c], '', [thumb('file-ref', 'fileRef')]))).toEqual(['cert.thumbprint-mismatch.other']);
});

it('no signal when the thumbprint is the attached certificate\'s, is incomplete, or nothing is attached', async () => {
  const c = der(await leaf(issuing));
  const own = readFacts(c).thumbprint.toLowerCase();
  expect(run(thumbprintCorrelationRule, [c], '', [thumb('command', 'Thumbprint', own)])).toEqual([]);
  expect(run(thumbprintCorrelationRule, [c], '', [thumb('command', 'Thumbprint', OLD.slice(0, 39))])).toEqual([]);
  expect(run(thumbprintCorrelationRule, [], '', [thumb('command', 'Thumbprint')])).toEqual([]);
});
