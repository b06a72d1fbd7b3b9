import { thumbprintDefects } from '../../../core/rules/common/thumbprint-defects';
import { ctx, thumbprint } from '../helpers';

const ids = (s: { id: string }[]) => s.map((x) => x.id).sort();

describe('common.thumbprint-defects', () => {
  it('flags spaces as copied from the certificate dialog and binds the cleaned thumbprint', () => {
    // seed 000: the thumbprint shown in the dialog has spaces between the pairs
    const t = thumbprint('49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a', { defects: ['spaces'], label: 'Thumbprint' });
    const signals = thumbprintDefects.run(ctx([t]));
    expect(ids(signals)).toEqual(['thumbprint.spaces']);
    expect(signals[0].bindings).toEqual({ thumbprint: '493f27f35b2105804afbd49bb5a59bf2e380e00a' });
  });

  it('finds a hidden U+200E even when the reader did not report it', () => {
    const t = thumbprint('\u200E8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
    const signals = thumbprintDefects.run(ctx([t]));
    expect(ids(signals)).toEqual(['thumbprint.hidden-chars']);
    expect(signals[0].facts).toContainEqual({ label: 'hidden characters', value: 'U+200E' });
    expect(signals[0].bindings?.thumbprint).toBe('8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
  });

  it('reports 39 hex digits as the wrong length', () => {
    const t = thumbprint('493f27f35b2105804afbd49bb5a59bf2e380e00', { defects: ['wrong-length'] });
    const signals = thumbprintDefects.run(ctx([t]));
    expect(ids(signals)).toEqual(['thumbprint.wrong-length']);
    expect(signals[0].facts?.find((f) => f.label === 'hex digits')?.value).toMatch(/^39 /);
  });

  it('reports a non-hex character (a "?" left by code-page conversion)', () => {
    const t = thumbprint('?8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
    expect(ids(thumbprintDefects.run(ctx([t])))).toEqual(['thumbprint.non-hex']);
  });

  it('stays silent for a clean thumbprint and for thumbprints Windows wrote itself', () => {
    const clean = thumbprint('8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
    const fileRef = thumbprint('5D87837BACC9486B3A879B8AB40F18ADCBD656FF.cer', { context: 'file-ref', defects: ['non-hex'] });
    expect(thumbprintDefects.run(ctx([clean, fileRef]))).toEqual([]);
  });
});

describe('thumbprints Windows printed itself', () => {
  it('a spaced thumbprint inside an event is formatting, not a defect', async () => {
    const { readInputs } = await import('../../../core/intake');
    const { defaultKnowledge } = await import('../../../knowledge/files');
    const { thumbprintDefects } = await import('../../../core/rules/common/thumbprint-defects');
    const k = defaultKnowledge();
    const event = [
      'Log Name:      Application',
      'Source:        Microsoft-Windows-CertificateServicesClient-AutoEnrollment',
      'Event ID:      64',
      'Level:         Warning',
      'Description:',
      'Certificate for local system with Thumbprint 49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a is about to expire or already expired.',
    ].join('\n');
    const fromEvent = await readInputs([{ name: 'message', content: event }], k);
    const signals = thumbprintDefects.run({ intake: fromEvent, knowledge: k, now: new Date(), language: 'en' });
    expect(signals.map((s) => s.id)).not.toContain('thumbprint.spaces');

    const typed = await readInputs([{ name: 'message', content: 'Set-DPMCredentials -DPMServerName dpm01 -Thumbprint "49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a"' }], k);
    expect(thumbprintDefects.run({ intake: typed, knowledge: k, now: new Date(), language: 'en' }).map((s) => s.id)).toContain('thumbprint.spaces');
  });
});
