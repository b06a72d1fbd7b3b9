// The engine, channel-neutral: the bar (guide scep → first step; healthy NDESPlugin.log →
// next hop; IIS 414 for PKIOperation → the request-size fault with the registry and request-filtering
// fix), the commands, and that a step's words come from the knowledge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledge } from '../../knowledge/files';
import type { Knowledge } from '../../knowledge/graph';
import { GuideEngine } from '../../dialogs/guide-engine';
import type { GuideState } from '../../dialogs/guide-model';
import { CRP_IIS_403, fixture, NDES_IIS_414, NDESPLUGIN_CHALLENGE_FALSE } from './fixtures';

const k = defaultKnowledge();
const engine = new GuideEngine(k, { now: () => new Date('2026-06-01T00:00:00Z') });
const scep = k.flows.get('scep')!;
const at = (stepId: string, language: 'en' | 'de' = 'en'): GuideState => ({
  ...engine.start('scep', language).state!,
  step: scep.steps.findIndex((s) => s.id === stepId),
});

describe('the SCEP bar', () => {
  test('guide scep returns the first step, its words from the knowledge', () => {
    const turn = engine.start('scep', 'en');
    expect(turn.state).toMatchObject({ flowId: 'scep', step: 0 });
    const [m] = turn.messages;
    expect(m).toMatchObject({ kind: 'step', stepId: 'client-sync', stepNumber: 1, stepCount: 8, stepTitle: scep.steps[0].title });
    expect(m.text).toContain(scep.steps[0].prompt);
    expect(m.buttons.map((b) => b.choice)).toEqual(['yes', 'no', 'skip', 'back', 'cancel']);
  });

  test('healthy NDESPlugin.log lines (seed 003) make that hop healthy and ask for the next', async () => {
    const turn = await engine.answer(at('ndesplugin'), { text: fixture('ndesplugin.log') });
    expect(turn.messages.map((m) => m.kind)).toEqual(['healthy', 'step']);
    expect(turn.messages[0].text).toContain('NDESPlugin.log');
    expect(turn.messages[0].evidence?.length).toBeGreaterThan(0);
    expect(turn.messages[1]).toMatchObject({ stepId: 'crp-iis', location: expect.stringContaining('CRP server') });
    expect(turn.state?.step).toBe(4);
  });

  test('an IIS line with 414 for PKIOperation stops at the request-size fault with the registry and request-filtering fix', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: NDES_IIS_414 });
    expect(turn.state).toBeUndefined();
    const [m] = turn.messages;
    expect(m.kind).toBe('fault');
    expect(m.finding?.id).toBe('scep.request-too-large');
    const commands = m.finding!.remediation.map((s) => s.command ?? '').join('\n');
    expect(commands).toMatch(/MaxFieldLength/);
    expect(commands).toMatch(/MaxRequestBytes/);
    expect(commands).toMatch(/requestFiltering/);
    expect(m.finding!.evidence.map((e) => `${e.label} ${e.quote}`).join('\n')).toMatch(/414/);
  });

  test('the healthy NDES IIS log of seed 003 moves on to NDESPlugin.log', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: fixture('ndes-iis-u_ex.log') });
    expect(turn.messages.map((m) => m.kind)).toEqual(['healthy', 'step']);
    expect(turn.messages[1].stepId).toBe('ndesplugin');
  });
});

describe('faults and verdicts', () => {
  test('Verify challenge returns false stops at the rejected challenge', async () => {
    const turn = await engine.answer(at('ndesplugin'), { text: NDESPLUGIN_CHALLENGE_FALSE });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', stepId: 'ndesplugin', finding: { id: 'scep.challenge-rejected' } });
  });

  test('a later hop\'s fault pasted early stops at that hop', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: CRP_IIS_403 });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', stepId: 'crp-iis' });
    expect(turn.messages[0].text).toMatch(/CRP IIS log/);
  });

  test('"no" on a confirm step stops at its noCause with that cause\'s fix', async () => {
    const turn = await engine.answer(at('client-sync'), { text: 'no' });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', finding: { id: 'scep.device-not-synced' } });
    expect(turn.messages[0].finding!.remediation.length).toBeGreaterThan(0);
  });

  test('an unrelated question is diagnosed and the guide offers to resume', async () => {
    const state = at('ndes-iis');
    const turn = await engine.answer(state, { text: 'where is NDESPlugin.log?' });
    expect(turn.messages[0].kind).toBe('unrelated');
    expect(turn.messages[0].findings?.[0].id).toBe('scep.log-locations');
    expect(turn.messages[0].buttons.map((b) => b.choice)).toEqual(['resume', 'cancel']);
    expect(turn.state?.step).toBe(state.step);
    const resumed = await engine.answer(turn.state!, { value: { certsleuth: 'guide', answer: 'resume' } });
    expect(resumed.messages[0]).toMatchObject({ kind: 'step', stepId: 'ndes-iis' });
  });

  test('a paste the core cannot read says what healthy looks like and asks yes / no', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: 'hello there' });
    expect(turn.messages[0]).toMatchObject({ kind: 'unclear', healthy: scep.steps[2].healthy });
    const yes = await engine.answer(turn.state!, { text: '1' });
    expect(yes.messages.map((m) => m.kind)).toEqual(['healthy', 'step']);
  });

  test('"no" on a paste step without noCause asks for the lines', async () => {
    const turn = await engine.answer(at('ndesplugin'), { text: 'no' });
    expect(turn.messages.map((m) => m.kind)).toEqual(['note', 'step']);
    expect(turn.state?.step).toBe(3);
  });
});

describe('commands', () => {
  test('skip, back, cancel and numbered choices', async () => {
    let turn = engine.start('scep', 'en');
    turn = await engine.answer(turn.state!, { text: 'skip' });
    expect(turn.messages[0].stepId).toBe('wap');
    turn = await engine.answer(turn.state!, { text: 'back' });
    expect(turn.messages[0].stepId).toBe('client-sync');
    turn = await engine.answer(turn.state!, { text: 'back' });
    expect(turn.messages.map((m) => m.kind)).toEqual(['note', 'step']);
    turn = await engine.answer(turn.state!, { text: '3' }); // 3 = Skip on a confirm step
    expect(turn.messages[0].stepId).toBe('wap');
    turn = await engine.answer(turn.state!, { value: { certsleuth: 'guide', answer: 'cancel' } });
    expect(turn).toEqual({ state: undefined, messages: [expect.objectContaining({ kind: 'cancelled' })] });
  });

  test('walking to the end names the skipped steps', async () => {
    let turn = engine.start('scep', 'en');
    for (let i = 0; i < scep.steps.length; i++) turn = await engine.answer(turn.state!, { text: i === 1 ? 'skip' : 'yes' });
    const last = turn.messages[turn.messages.length - 1];
    expect(last.kind).toBe('done');
    expect(last.text).toContain(scep.steps[1].title);
    expect(turn.state).toBeUndefined();
  });

  test('German prompts where the flow has them', () => {
    const [m] = engine.start('scep', 'de').messages;
    expect(m.text).toContain(scep.steps[0].de!.prompt!);
    expect(m.buttons.map((b) => b.label)).toContain('Überspringen');
  });

  test('a stored state whose flow is gone ends cleanly', async () => {
    const turn = await engine.answer({ ...at('wap'), flowId: 'no-such-flow' }, { text: 'yes' });
    expect(turn.state).toBeUndefined();
    expect(turn.messages[0].kind).toBe('cancelled');
  });
});

describe('the knowledge drives the words', () => {
  test('changing a step\'s prompt, location and healthy text in the knowledge changes the question', async () => {
    const edited: Knowledge = { ...k, flows: new Map(k.flows) };
    const flow = structuredClone(k.flows.get('scep')!);
    flow.steps[3] = { ...flow.steps[3], prompt: 'Show me the plug-in log, please.', location: 'D:\\Logs\\NDESPlugin.log', healthy: 'Only good news.' };
    edited.flows.set('scep', flow);
    const e = new GuideEngine(edited);
    const turn = await e.answer({ ...e.start('scep', 'en').state!, step: 2 }, { text: 'yes' });
    expect(turn.messages[1].text).toContain('Show me the plug-in log, please.');
    expect(turn.messages[1].location).toBe('D:\\Logs\\NDESPlugin.log');
    expect(turn.messages[1].healthy).toBe('Only good news.');
  });
});

describe('attachments', () => {
  test('a file attached at a hop (MSDPMCurr.errlog as DPM writes it, UTF-16LE) is judged like a paste', async () => {
    const dpm = k.flows.get('dpm')!;
    const state = { ...engine.start('dpm', 'en').state!, step: dpm.steps.findIndex((s) => s.id === 'errlogs') };
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'text', 'msdpmcurr-utf16le.errlog')));
    const turn = await engine.answer(state, { inputs: [{ name: 'MSDPMCurr.errlog', content: bytes }] });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', stepId: 'errlogs' });
    expect(JSON.stringify(turn.messages[0].finding!.evidence)).toContain('8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
  });
});

describe('the CA hop', () => {
  test('a Failed Requests status pasted at the CA hop stops at the CA\'s reason, not at the default', async () => {
    const failed = [
      'Request ID: 1234',
      'Requester Name: CONTOSO\\svc_NDES',
      'Request Status Code: 0x80094012 (-2146877422)',
      'Request Disposition Message: Denied by Policy Module  0x80094012, The permissions on the certificate template do not allow the current user to enroll for this type of certificate.',
    ].join('\r\n');
    const turn = await engine.answer(at('ca'), { text: failed });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', stepId: 'ca', finding: { id: 'enrollment.template-permission-missing' } });
    const caRequest = await engine.answer(at('ca'), { text: failed.replace(/0x80094012/g, '0x80094011').replace(/The permissions .*$/m, 'The permissions on this certification authority do not allow the current user to enroll for certificates.') });
    expect(caRequest.messages[0]).toMatchObject({ kind: 'fault', finding: { id: 'enrollment.ca-request-permission-missing' } });
  });
});

describe('pastes that cover more than one hop', () => {
  test('the CRP IIS log and CRP.log pasted together pass both hops at once', async () => {
    const turn = await engine.answer(at('crp-iis'), { text: `${fixture('crp-iis-u_ex.log')}\r\n${fixture('crp.log')}` });
    expect(turn.messages.map((m) => `${m.kind}:${m.stepId}`)).toEqual(['healthy:crp-iis', 'healthy:crp-log', 'step:ca']);
    expect(turn.state?.step).toBe(6);
    const back = await engine.answer(turn.state!, { text: 'back' });
    expect(back.messages[0].stepId).toBe('crp-log');
  });

  test('a healthy log of another hop is acknowledged and the current hop asked again', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: fixture('ndesplugin.log') });
    expect(turn.messages.map((m) => m.kind)).toEqual(['note', 'step']);
    expect(turn.messages[0].text).toMatch(/NDESPlugin\.log.*looks healthy.*NDES IIS log/);
    expect(turn.state?.step).toBe(2);
  });

  test('a healthy hop and a faulty later hop in one paste stop at the fault', async () => {
    const turn = await engine.answer(at('ndes-iis'), { text: `${fixture('ndes-iis-u_ex.log')}\r\n${NDESPLUGIN_CHALLENGE_FALSE}` });
    expect(turn.messages[0]).toMatchObject({ kind: 'fault', stepId: 'ndesplugin', finding: { id: 'scep.challenge-rejected' } });
  });
});
