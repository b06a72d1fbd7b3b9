// The flows are data: they load, lint clean, reference real symptoms / causes, and are found the
// ways users ask for them.
import { defaultKnowledge } from '../../knowledge/files';
import { lintKnowledge } from '../../knowledge/lint';
import { flowForQuestion, flowsForReply, parseGuideCommand } from '../../dialogs/find-flow';
import { diagnose } from '../../core';
import { fixture, NDES_IIS_414 } from './fixtures';

const k = defaultKnowledge();

describe('flows in the knowledge graph', () => {
  test('the four seed flows exist, with steps', () => {
    for (const id of ['scep', 'dpm', 'machine-keys', 'store-hygiene']) {
      const flow = k.flows.get(id);
      expect(flow).toBeDefined();
      expect(flow!.steps.length).toBeGreaterThanOrEqual(5);
      expect(flow!.sources.length).toBeGreaterThan(0);
    }
    expect(k.flows.get('scep')!.steps.map((s) => s.id)).toEqual(['client-sync', 'wap', 'ndes-iis', 'ndesplugin', 'crp-iis', 'crp-log', 'ca', 'device-store']);
  });

  test('lint finds no problem in flows.yaml', () => {
    expect(lintKnowledge(k).filter((p) => p.file.includes('flows'))).toEqual([]);
  });

  test('every paste step names its fault symptoms and every step says what healthy looks like', () => {
    for (const flow of k.flows.values()) {
      for (const step of flow.steps) {
        if (step.ask === 'paste') expect({ step: step.id, faults: (step.faultSymptoms ?? []).length > 0 }).toEqual({ step: step.id, faults: true });
        expect(step.healthy.length).toBeGreaterThan(10);
      }
    }
  });

  test('the flows\' own symptoms point at existing causes', () => {
    const own = [...k.symptoms.values()].filter((s) => s.file.includes('flows'));
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) {
      expect(s.id.startsWith('flows.')).toBe(true);
      for (const i of s.indicates) expect(k.causes.has(i.cause)).toBe(true);
    }
  });
});

describe('finding a flow', () => {
  test.each([
    ['guide scep', 'scep'],
    ['guide dpm', 'dpm'],
    ['guide machine keys', 'machine-keys'],
    ['guide store-hygiene', 'store-hygiene'],
    ['guide SCEP enrollment', 'scep'],
    ['anleitung scep', 'scep'],
  ])('command %p starts %p', (text, id) => {
    const r = parseGuideCommand(k, text);
    expect(r).toEqual({ kind: 'start', flow: expect.objectContaining({ id }) });
  });

  test('"guide" alone lists; an unknown topic lists and says so', () => {
    expect(parseGuideCommand(k, 'guide')).toEqual({ kind: 'list' });
    expect(parseGuideCommand(k, 'guide quantum teleportation')).toEqual({ kind: 'list', unknown: 'quantum teleportation' });
    expect(parseGuideCommand(k, 'why does my guide fail')).toBeUndefined();
  });

  test.each([
    ['how do I troubleshoot SCEP enrollment', 'scep'],
    ['troubleshoot SCEP enrollment', 'scep'],
    ['walk me through DPM certificate authentication', 'dpm'],
    ['guide me through ndes', 'scep'],
    ['troubleshoot dpm', 'dpm'],
    ['how do I recover SMS machine keys', 'machine-keys'],
    ['how to clean up the trusted root store safely', 'store-hygiene'],
    ['wie prüfe ich die Zertifikatspeicher schritt für schritt', 'store-hygiene'],
  ])('question %p asks for %p', (text, id) => {
    expect(flowForQuestion(k, text)?.id).toBe(id);
  });

  test.each([
    'what does 0x800B0109 mean',
    'Why is Set-DPMCredentials failing with 33231?',
    'how do I troubleshoot Set-DPMCredentials error 33231',
    'IIS log shows 414 for PKIOperation on the NDES server',
    'what is KB 884872',
    'Lync front end does not start on Windows 2012',
  ])('a question about one error is left to the diagnosis: %p', (text) => {
    expect(flowForQuestion(k, text)).toBeUndefined();
  });

  test('a paste is not a flow request', () => {
    expect(flowForQuestion(k, fixture('ndesplugin.log'))).toBeUndefined();
  });

  test('a diagnosis offers the flow whose step stops at its cause', async () => {
    const { reply } = await diagnose([{ name: 'u_ex160610.log', content: NDES_IIS_414 }], { knowledge: k });
    expect(reply.findings[0].id).toBe('scep.request-too-large');
    expect(flowsForReply(k, reply).map((f) => f.id)).toContain('scep');
    expect(flowsForReply(k, { findings: [] })).toEqual([]);
  });
});
