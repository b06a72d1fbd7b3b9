import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { readInputs } from '../../core/intake';
import { testKnowledge } from './helpers';
test('perf', async () => {
  const k = testKnowledge();
  await readInputs([{ name: 'w', content: 'warm 0x80070005' }], k);
  const parts = ['test/fixtures/text/crp.log', 'test/fixtures/text/msdpmcurr-errlog-33231.txt', 'test/fixtures/text/ndes-iis-u_ex.log', 'test/fixtures/text/ccmexec-sms2003.log', 'test/fixtures/text/capi2-11-clean.xml'].map((f) => readFileSync(f, 'utf8'));
  let big = '';
  let i = 0;
  while (big.length < 5 * 1024 * 1024) big += parts[i++ % parts.length].replace(/Phase 1/g, `Phase ${i}`) + '\n';
  for (const [name, content] of [
    ['5MB', big],
    ['random', new Uint8Array(randomBytes(2 * 1024 * 1024))],
    ['longline', 'a'.repeat(50000) + ' 0x800B0101 ' + 'ab '.repeat(20000)],
    ['longhex', '8'.repeat(60000)],
    ['trunc', readFileSync('test/fixtures/text/capi2-11-clean.xml', 'utf8').slice(0, 900)],
    ['small', readFileSync('test/fixtures/text/capi2-30-11-mangled.xml', 'utf8')],
    ['cmtrace-broken', '<![LOG['.repeat(100000) + ']LOG]!>'],
    ['tags', '<Event '.repeat(100000)],
    ['spaces', ' '.repeat(100000) + 'x'],
    ['thumb', '-Thumbprint ' + '4 '.repeat(100000)],
    ['reg', '[HKEY_LOCAL_MACHINE\\x]' + '"a"="'.repeat(50000)],
  ] as [string, string | Uint8Array][]) {
    const t = process.hrtime.bigint();
    const r = await readInputs([{ name, content }], k);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const counts: Record<string, number> = {};
    r.evidence.forEach((e) => (counts[e.kind] = (counts[e.kind] ?? 0) + 1));
    process.stdout.write(`${name}: ${ms.toFixed(1)} ms kind=${r.inputs[0].kind} ${JSON.stringify(counts)} notes=${JSON.stringify(r.notes)}\n`);
  }
  for (let n = 0; n < 3; n++) {
    const t = process.hrtime.bigint();
    await readInputs([{ name: 'x', content: parts[4] }], k);
    process.stdout.write(`small ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(2)} ms\n`);
  }
});
