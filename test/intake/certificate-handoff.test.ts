// The intake hands certificate material to core/cert and merges what it returns. The certificate
// reader is stubbed here so that this test checks the hand-off contract, not certificate parsing.
import type { CertificateEvidence, Evidence } from '../../core/model/evidence';

const calls: { content: unknown; input: number; name: string }[] = [];
jest.mock('../../core/cert', () => ({
  readCertificateMaterial: async (content: Uint8Array | string, input: number, name: string) => {
    calls.push({ content, input, name });
    const evidence: Evidence[] = [{ kind: 'certificate', quote: 'CN=dpm2012', index: 0, origin: name, thumbprintSha1: '493f27f35b2105804afbd49bb5a59bf2e380e00a', facts: {} as CertificateEvidence['facts'] }];
    return typeof content === 'string' || content[0] === 0x30 ? { kind: 'certificate', evidence, notes: [`read ${name}`] } : { evidence: [], notes: [] };
  },
}));

import { readInputs } from '../../core/intake';
import { testKnowledge } from './helpers';

beforeEach(() => (calls.length = 0));

test('a DER file (binary) goes to the certificate reader and takes its kind', async () => {
  const der = new Uint8Array([0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00, 0x97]);
  const r = await readInputs([{ name: 'dpm2012.cer', content: der }], testKnowledge());
  expect(calls.map((c) => [c.input, c.name, c.content instanceof Uint8Array])).toEqual([[0, 'dpm2012.cer', true]]);
  expect(r.inputs[0].kind).toBe('certificate');
  expect(r.evidence.map((e) => e.kind)).toEqual(['certificate']);
  expect(r.notes).toEqual(['read dpm2012.cer']);
});

test('a PEM block inside a question: the certificate is read, the question kept, the Base64 not scanned', async () => {
  const pem = `-----BEGIN CERTIFICATE-----\n${'MIIDdzCCAl+gAwIBAgIQ800B0101ab'.padEnd(64, 'A')}\n-----END CERTIFICATE-----`;
  const text = `Can I use this certificate for DPM agent authentication?\n${pem}`;
  const r = await readInputs([{ name: 'message', content: text }], testKnowledge());
  expect(calls).toHaveLength(1);
  // Mostly certificate, so the input counts as one; a long log with a PEM inside stays 'text'.
  expect(r.inputs[0].kind).toBe('certificate');
  expect(r.question).toBe('Can I use this certificate for DPM agent authentication?');
  expect(r.evidence.map((e) => e.kind)).toEqual(['certificate', 'mention']);
});

test('a log with a certificate pasted in it stays text', async () => {
  const pem = `-----BEGIN CERTIFICATE-----\n${'A'.repeat(64)}\n-----END CERTIFICATE-----`;
  const r = await readInputs([{ name: 'message', content: `${'ConfigureCertificates.cs(400) NORMAL Getting certificate\n'.repeat(10)}${pem}` }], testKnowledge());
  expect(r.inputs[0].kind).toBe('text');
  expect(r.evidence.filter((e) => e.kind === 'log-line')).toHaveLength(1);
});

test('a random binary file that is not a certificate gets a plain note', async () => {
  const r = await readInputs([{ name: 'blob.bin', content: new Uint8Array([0xff, 0x00, 0x13, 0x37, 0x00, 0x01]) }], testKnowledge());
  expect(r.inputs[0].kind).toBe('binary');
  expect(r.notes).toEqual(['blob.bin looks like a binary file, not text or a certificate I can read; paste the text, or attach the certificate as .cer/.pem.']);
});
