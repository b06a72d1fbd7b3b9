// Damaged certificates never throw out of the reader: each mutation yields either a certificate
// (the damage hit a value, not the structure) or one plain note.
import { readCertificateMaterialSync } from '../../core/cert';
import { rules } from '../../core/rules/cert';
import { der, leaf, p7b, rootCa, subCa, ctxOf, NOW } from './fixtures';
import type { Intake } from '../../core/model/evidence';

/** A small deterministic generator, so that a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

it('survives 150 random byte flips, truncations and insertions', async () => {
  const issuing = await subCa(await rootCa());
  const samples = [der(await leaf(issuing)), p7b([await leaf(issuing), issuing.cert])];
  const rnd = lcg(42);
  for (let i = 0; i < 150; i++) {
    const base = samples[i % 2];
    let bytes = Uint8Array.from(base);
    const kind = i % 3;
    if (kind === 0) for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
    if (kind === 1) bytes = bytes.subarray(0, Math.floor(rnd() * bytes.length));
    if (kind === 2) {
      const at = Math.floor(rnd() * bytes.length);
      bytes = Uint8Array.from([...bytes.subarray(0, at), Math.floor(rnd() * 256), ...bytes.subarray(at)]);
    }
    const m = readCertificateMaterialSync(bytes, 0, `fuzz${i}.cer`);
    expect(m.evidence.length + m.notes.length).toBeGreaterThan(0);
    // Whatever was read must be safe for every rule.
    const intake: Intake = { inputs: [], evidence: m.evidence, language: 'en', question: 'for DPM and IIS binding for a.contoso.com in the root store', text: '', notes: [] };
    for (const r of rules) expect(() => r.run(ctxOf(intake, NOW))).not.toThrow();
  }
});
