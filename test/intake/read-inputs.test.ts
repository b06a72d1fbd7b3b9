import { randomBytes } from 'node:crypto';
import { readInputs, MAX_LOG_LINES } from '../../core/intake';
import type { Evidence } from '../../core/model/evidence';
import { fixture, fixtureBytes, testKnowledge } from './helpers';

const k = testKnowledge();
const kinds = (ev: Evidence[]) => ev.map((e) => e.kind);

describe('readInputs', () => {
  test('the question, the language and the evidence of a mixed paste', async () => {
    const text = `${fixture('certutil-store-v-cng.txt')}\nThis is the cert I want to use for DPM agent authentication. Why does SetDPMServer reject it?`;
    const r = await readInputs([{ name: 'message', content: text }], k);
    expect(r.language).toBe('en');
    expect(r.question).toBe('This is the cert I want to use for DPM agent authentication. Why does SetDPMServer reject it?');
    expect(kinds(r.evidence)).toEqual(['command', 'certutil-cert', 'thumbprint', 'certutil-result', 'mention']);
    expect(r.inputs).toEqual([{ name: 'message', kind: 'text', encoding: 'utf-8', bytes: text.length, text, truncated: false }]);
    expect(r.text).toBe(text);
    expect(r.notes).toEqual([]);
  });

  test('German question', async () => {
    const r = await readInputs([{ name: 'message', content: 'warum startet der Lync 2013 Frontend nicht?' }], k);
    expect(r.language).toBe('de');
    expect(r.question).toBe('warum startet der Lync 2013 Frontend nicht?');
  });

  test('no question for a pure log or a lone code', async () => {
    expect((await readInputs([{ name: 'm', content: fixture('ndesplugin.log') }], k)).question).toBeUndefined();
    expect((await readInputs([{ name: 'm', content: '800B0101' }], k)).question).toBeUndefined();
  });

  test('several inputs: spans point into each input, text is joined', async () => {
    const r = await readInputs(
      [
        { name: 'message', content: 'why does this fail? 0x8009000d' },
        { name: 'MSDPMCurr.errlog', content: fixtureBytes('msdpmcurr-utf16le.errlog') },
      ],
      k,
    );
    expect(r.inputs.map((i) => [i.name, i.kind, i.encoding])).toEqual([
      ['message', 'text', 'utf-8'],
      ['MSDPMCurr.errlog', 'text', 'utf-16le'],
    ]);
    const line = r.evidence.find((e) => e.kind === 'log-line')!;
    expect(line.span!.input).toBe(1);
    expect(r.inputs[1].text.slice(line.span!.start, line.span!.end)).toMatch(/^1C3C\t0A38/);
    expect(r.text).toBe(`${r.inputs[0].text}\n${r.inputs[1].text}`);
  });

  test('a thumbprint placed by a listing is not repeated as a bare one; codes once across readers', async () => {
    const r = await readInputs([{ name: 'm', content: fixture('cert-listing-my-table.txt') }], k);
    expect(r.evidence.filter((e) => e.kind === 'thumbprint').map((e) => e.kind === 'thumbprint' && e.context)).toEqual(['listing', 'listing']);
    const iis = '2024-03-01 10:00:00 10.0.0.1 GET /certsrv/mscep/mscep.dll operation=GetCACert 443 - 10.0.0.9 - - 403 16 2148204809 5\nError 2148204809';
    const r2 = await readInputs([{ name: 'm', content: iis }], k);
    expect(r2.evidence.filter((e) => e.kind === 'code')).toHaveLength(1);
  });

  test('memory from earlier turns is appended without its span', async () => {
    const memory: Evidence[] = [{ kind: 'dpm-id', id: 33231, quote: '(ID: 33231)', span: { input: 0, start: 5, end: 16 } }];
    const r = await readInputs([{ name: 'm', content: 'and now?' }], k, { memory });
    expect(r.evidence.at(-1)).toEqual({ kind: 'dpm-id', id: 33231, quote: '(ID: 33231)' });
  });

  test('empty input: one plain note; an empty message beside a file is not worth one', async () => {
    expect((await readInputs([{ name: 'message', content: '  ' }], k)).notes).toEqual([
      'There is nothing to read: the input is empty. Paste an error message, a log, event XML or certutil output, or ask a question.',
    ]);
    expect((await readInputs([{ name: 'message', content: '' }, { name: 'u_ex240301.log', content: fixture('ndes-iis-u_ex.log') }], k)).notes).toEqual([]);
    expect((await readInputs([], k)).notes).toEqual([]);
  });

  test('bad input never throws and is explained', async () => {
    const random = new Uint8Array(randomBytes(2 * 1024 * 1024));
    random[0] = 0;
    const r = await readInputs(
      [
        { name: 'empty.txt', content: new Uint8Array() },
        { name: 'random.bin', content: random },
        { name: 'long.txt', content: `${'a'.repeat(50000)}\nError 1008` },
        { name: 'cut.xml', content: fixture('capi2-11-clean.xml').slice(0, 500) },
      ],
      k,
    );
    expect(r.inputs.map((i) => i.kind)).toEqual(['empty', 'binary', 'text', 'text']);
    expect(r.notes.some((n) => n.includes('empty.txt is empty'))).toBe(true);
    expect(r.notes.some((n) => n.includes('random.bin'))).toBe(true);
    expect(r.notes.some((n) => n.includes('long.txt has a line longer than'))).toBe(true);
    expect(r.evidence.some((e) => e.kind === 'code' && e.value === 1008)).toBe(true);
  });

  test('huge logs: linear time, errors kept first, identical messages once', async () => {
    const info = (i: number) => `<![LOG[Validation Phase ${i} started.]LOG]!><time="02:44:11.8513964" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">`;
    const err = '<![LOG[Failed to verify request 0x80092013]LOG]!><time="02:44:12.0" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="3" thread="238" file="">';
    let big = '';
    const warn = '<![LOG[Retrying the request]LOG]!><time="02:44:12.0" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="2" thread="238" file="">';
    for (let i = 0; big.length < 5 * 1024 * 1024; i++) big += `${info(i)}\n${i === 3000 ? `${err}\n` : ''}${i % 500 === 7 ? `${warn}\n` : ''}`;
    const start = Date.now();
    const r = await readInputs([{ name: 'CRP.log', content: big }], k);
    const ms = Date.now() - start;
    const logs = r.evidence.filter((e) => e.kind === 'log-line');
    expect(logs).toHaveLength(MAX_LOG_LINES);
    // Kept in text order; the one distinct error message is among them although it sits past line 2,000.
    expect(logs.filter((l) => l.kind === 'log-line' && l.severity === 'error').map((l) => l.kind === 'log-line' && l.message)).toEqual(['Failed to verify request 0x80092013']);
    expect(logs.filter((l) => l.kind === 'log-line' && l.severity === 'warning')).toHaveLength(1);
    expect(logs[0]).toMatchObject({ severity: 'info', message: 'Validation Phase 0 started.' });
    expect(r.notes.some((n) => /kept 2,000/.test(n))).toBe(true);
    // Generous for a shared 2-core machine; the bench measures the real figure.
    expect(ms).toBeLessThan(5000);
  });
});

describe('Event Viewer "Copy details as text"', () => {
  test('text and XML of one event become one XML event with the description', async () => {
    const r = await readInputs([{ name: 'message', content: fixture('event-viewer-copy-capi2-11.txt') }], k);
    const events = r.evidence.filter((e) => e.kind === 'event');
    expect(events.map((e) => e.kind === 'event' && [e.format, e.eventId, e.operation, e.description, e.data.task])).toEqual([
      ['xml', 11, 'CertGetCertificateChain', 'For more details for this event, please refer to the "Details" section', 'Build Chain'],
    ]);
  });
});
