// The diagnosis engine on a small, hand-written graph: matching, ranking, context, placeholders,
// language, honesty when nothing matches, and a broken rule that must not take the answer down.
import { diagnoseIntake } from '../../core/diagnose';
import { fill } from '../../core/diagnose/bindings';
import type { Evidence, Intake } from '../../core/model/evidence';
import type { Rule } from '../../core/rules/rule';
import { buildKnowledge } from '../../knowledge/load';

const AREA = `
area: test
title: Test area
sources:
  - { id: src.kb, title: KB 1, url: https://example.invalid/kb1 }
components:
  - { id: prod-a, title: Product A, kind: product, aliases: [ProdA] }
  - { id: prod-b, title: Product B, kind: product, aliases: [ProdB] }
symptoms:
  - id: sym.nokey
    title: NTE_NO_KEY
    kind: code
    match: { codes: ['0x8009000D'] }
    indicates:
      - { cause: cause.a-keys, weight: 0.6 }
      - { cause: cause.b-keys, weight: 0.6 }
  - id: sym.notfound
    title: certificate not found
    kind: message
    match: { patterns: ['Unable to find certificate with the thumbprint'] }
    indicates: [{ cause: cause.not-in-store, weight: 0.9 }]
  - id: sym.spaces
    title: thumbprint with spaces
    kind: condition
    match: { signals: [test.thumbprint-spaces] }
    indicates: [{ cause: cause.spaces, weight: 0.95 }]
  - id: sym.fits
    title: certificate fits
    kind: condition
    match: { signals: [test.cert-fits] }
    indicates: [{ cause: cause.cert-fits, weight: 0.9 }]
  - id: sym.win32
    title: error 1008
    kind: code
    match: { codes: ['1008'] }
    indicates: [{ cause: cause.a-keys, weight: 0.5 }]
causes:
  - id: cause.a-keys
    title: Product A lost its keys
    summary: A's keys are gone.
    explanation: Because.
    affects: [prod-a]
    remediation: [fix.a]
    verify: [check.a]
    sources: [src.kb]
    questions: [a, b, c]
    de: { title: Produkt A hat seine Schlüssel verloren, summary: Die Schlüssel sind weg. }
  - id: cause.b-keys
    title: Product B lost its keys
    summary: B's keys are gone.
    explanation: Because.
    affects: [prod-b]
    remediation: [fix.a]
    verify: [check.a]
    sources: [src.kb]
    questions: [a, b, c]
  - id: cause.not-in-store
    title: Not in the machine store
    summary: Import it into LocalMachine\\My.
    explanation: Because.
    affects: [prod-a]
    remediation: [fix.import]
    verify: [check.a]
    sources: [src.kb]
    questions: [a, b, c]
  - id: cause.spaces
    title: Thumbprint has spaces
    summary: Remove them.
    explanation: Because.
    affects: [prod-a]
    remediation: [fix.spaces]
    verify: [check.a]
    sources: [src.kb]
    questions: [a, b, c]
  - id: cause.cert-fits
    title: This certificate fits product A
    summary: It meets A's requirements.
    explanation: All checks passed.
    affects: [prod-a]
    remediation: [fix.a]
    verify: [check.a]
    sources: [src.kb]
    requiresEvidence: true
    questions: [is this certificate good for product a, can I use this certificate for product a, does the certificate fit product a]
remediations:
  - id: fix.a
    title: Restore keys
    steps: [{ text: Restore the keys. }]
  - id: fix.import
    title: Import
    steps: [{ text: 'Check the store', command: 'Get-ChildItem Cert:\\LocalMachine\\My\\{thumbprint} | Where-Object {$_.HasPrivateKey}' }]
  - id: fix.spaces
    title: Run it again
    steps: [{ text: 'Run', command: 'Set-DPMCredentials -DPMServerName {dpmServer} -Thumbprint {thumbprint}' }]
checks:
  - id: check.a
    title: Check
    steps: [{ text: Look. }]
`;

const knowledge = buildKnowledge([{ path: 'data/test.yaml', text: AREA }]);
const NOW = new Date('2026-11-22T00:00:00Z');

function intakeOf(text: string, evidence: Evidence[], extra: Partial<Intake> = {}): Intake {
  return {
    inputs: [{ name: 'message', kind: 'text', bytes: text.length, text, truncated: false }],
    evidence,
    language: 'en',
    text,
    notes: [],
    ...extra,
  };
}

const code = (value: number, raw: string): Evidence => ({ kind: 'code', value, raw, notation: 'hex', quote: raw, span: { input: 0, start: 0, end: raw.length } });
const mention = (component: string): Evidence => ({ kind: 'mention', component, text: component, quote: component });

describe('diagnosis engine', () => {
  it('ranks by evidence and quotes it', () => {
    const text = 'Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8b (ID: 33231)';
    const reply = diagnoseIntake(intakeOf(text, []), knowledge, { now: NOW, rules: [] });
    expect(reply.findings[0].id).toBe('cause.not-in-store');
    expect(reply.findings[0].evidence[0].quote).toContain('Unable to find certificate');
    expect(reply.findings[0].references[0].url).toBe('https://example.invalid/kb1');
  });

  it('lets the context decide between causes that share a code', () => {
    const a = diagnoseIntake(intakeOf('0x8009000d ProdB', [code(0x8009000d, '0x8009000d'), mention('prod-b')]), knowledge, { now: NOW, rules: [] });
    expect(a.findings.map((f) => f.id).slice(0, 2)).toEqual(['cause.b-keys', 'cause.a-keys']);
    expect(a.findings[0].confidence).toBeGreaterThan(a.findings[1].confidence);
    const b = diagnoseIntake(intakeOf('0x8009000d ProdA', [code(0x8009000d, '0x8009000d'), mention('prod-a')]), knowledge, { now: NOW, rules: [] });
    expect(b.findings[0].id).toBe('cause.a-keys');
  });

  it('combines independent evidence (noisy-OR) above either alone', () => {
    const one = diagnoseIntake(intakeOf('x', [code(0x8009000d, '0x8009000d')]), knowledge, { now: NOW, rules: [] });
    const two = diagnoseIntake(intakeOf('x', [code(0x8009000d, '0x8009000d'), code(1008, 'Error 1008')]), knowledge, { now: NOW, rules: [] });
    const score = (r: typeof one) => r.findings.find((f) => f.id === 'cause.a-keys')!.confidence;
    expect(score(two)).toBeGreaterThan(score(one));
  });

  it('matches a Win32 symptom code written as HRESULT_FROM_WIN32', () => {
    const r = diagnoseIntake(intakeOf('x', [code(0x800703f0, '0x800703F0')]), knowledge, { now: NOW, rules: [] });
    expect(r.findings.map((f) => f.id)).toContain('cause.a-keys');
  });

  it('fills placeholders from rule bindings and evidence, and leaves script blocks alone', () => {
    const rule: Rule = {
      id: 'test.rule',
      description: 'test',
      citations: [{ title: 't' }],
      run: () => [{ id: 'test.thumbprint-spaces', strength: 1, evidence: [{ label: 'Thumbprint', quote: '49 3f' }], bindings: { thumbprint: '493f' } }],
    };
    const command: Evidence = { kind: 'command', name: 'Set-DPMCredentials', canonical: 'set-dpmcredentials', params: { dpmservername: 'dpm01.contoso.com' }, quote: 'Set-DPMCredentials …' };
    const r = diagnoseIntake(intakeOf('x', [command]), knowledge, { now: NOW, rules: [rule] });
    expect(r.findings[0].id).toBe('cause.spaces');
    expect(r.findings[0].remediation[0].command).toBe('Set-DPMCredentials -DPMServerName dpm01.contoso.com -Thumbprint 493f');
    expect(fill('Get-Item {thumbprint} | ? {$_.HasPrivateKey}', {})).toBe('Get-Item <thumbprint> | ? {$_.HasPrivateKey}');
  });

  it('answers in German where the knowledge has German text', () => {
    const r = diagnoseIntake(intakeOf('x ProdA', [code(0x8009000d, '0x8009000d'), mention('prod-a')], { language: 'de' }), knowledge, { now: NOW, rules: [] });
    expect(r.language).toBe('de');
    expect(r.findings[0].title).toBe('Produkt A hat seine Schlüssel verloren');
    expect(r.findings[0].cause).toBe('Because.');
  });

  it('says so honestly when nothing matched, and still decodes the codes', () => {
    const r = diagnoseIntake(intakeOf('0x80070005', [code(0x80070005, '0x80070005')]), knowledge, { now: NOW, rules: [] });
    expect(r.findings).toEqual([]);
    expect(r.decoded).toHaveLength(1);
    expect(r.decoded[0].hex).toBe('0x80070005');
    expect(r.notes.join(' ')).toMatch(/could not match/i);
  });

  it('never states a fact about evidence the user did not give (requiresEvidence)', () => {
    const question = 'can I use this certificate for product a';
    const asked = diagnoseIntake(intakeOf(question, [], { question }), knowledge, { now: NOW, rules: [] });
    expect(asked.findings.map((f) => f.id)).not.toContain('cause.cert-fits');
    const fits: Rule = { id: 'fits', description: 'x', citations: [{ title: 't' }], run: () => [{ id: 'test.cert-fits', strength: 1, evidence: [] }] };
    const withCert = diagnoseIntake(intakeOf(question, [], { question }), knowledge, { now: NOW, rules: [fits] });
    expect(withCert.findings[0].id).toBe('cause.cert-fits');
  });

  it('survives a broken rule and says a check was skipped', () => {
    const broken: Rule = { id: 'broken', description: 'x', citations: [{ title: 't' }], run: () => { throw new Error('boom'); } };
    const r = diagnoseIntake(intakeOf('Unable to find certificate with the thumbprint', []), knowledge, { now: NOW, rules: [broken] });
    expect(r.findings[0].id).toBe('cause.not-in-store');
    expect(r.notes.join(' ')).toMatch(/skipped/);
    expect(JSON.stringify(r)).not.toContain('boom');
  });
});
