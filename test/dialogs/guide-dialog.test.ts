// The one generic dialog walking every flow through botbuilder's DialogTestClient (conversation state
// in MemoryStorage): the happy path, a fault at each hop, cancel, back, skip, and an unrelated paste.
// Inputs are the seed texts (test/fixtures/text) and tool output as Windows prints it.
import type { Activity } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { defaultKnowledge } from '../../knowledge/files';
import { GuideDialog } from '../../dialogs/guide-dialog';
import { GuideEngine } from '../../dialogs/guide-engine';
import type { GuideCard } from '../../dialogs/render/adaptive-card';
import * as fx from './fixtures';

const k = defaultKnowledge();
const NOW = new Date('2026-06-01T00:00:00Z');

interface Seen {
  texts: string[];
  cards: GuideCard[];
}

function client(flowId: string, channelId = 'test'): DialogTestClient {
  return new DialogTestClient(channelId, new GuideDialog(new GuideEngine(k, { now: () => NOW })), { flowId, language: 'en' });
}

/** Sends one message and collects every reply of that turn. */
async function say(c: DialogTestClient, text: string): Promise<Seen> {
  const seen: Seen = { texts: [], cards: [] };
  let reply: Partial<Activity> | undefined = await c.sendActivity(text);
  while (reply) {
    seen.texts.push(reply.text ?? '');
    for (const a of reply.attachments ?? []) seen.cards.push(a.content as GuideCard);
    reply = c.getNextReply();
  }
  return seen;
}

const cardText = (card: GuideCard): string => JSON.stringify(card.body);
const lastCard = (s: Seen): GuideCard => s.cards[s.cards.length - 1];

/** Per flow: what a healthy hop answers (a paste, or "yes"), and what a faulty one says, with the cause it must stop at. */
const WALKS: Record<string, { healthy: Record<string, string>; faults: Record<string, [string, string]> }> = {
  scep: {
    healthy: {
      'ndes-iis': fx.fixture('ndes-iis-u_ex.log'),
      ndesplugin: fx.fixture('ndesplugin.log'),
      'crp-iis': fx.fixture('crp-iis-u_ex.log'),
      'crp-log': fx.fixture('crp.log'),
    },
    faults: {
      'client-sync': ['no', 'scep.device-not-synced'],
      wap: ['no', 'scep.trace-end-to-end'],
      'ndes-iis': [fx.NDES_IIS_414, 'scep.request-too-large'],
      ndesplugin: [fx.NDESPLUGIN_CHALLENGE_FALSE, 'scep.challenge-rejected'],
      'crp-iis': [fx.CRP_IIS_403, 'scep.crp-rejects-ndes-client-cert'],
      'crp-log': [fx.CRP_LOG_FALSE, 'scep.challenge-rejected'],
      ca: ['no', 'enrollment.template-permission-missing'],
      'device-store': ['no', 'scep.device-not-synced'],
    },
  },
  dpm: {
    healthy: { 'port-6076': fx.NETSTAT_6076_LISTENING },
    faults: {
      services: [fx.SC_QUERY_DPMRA_STOPPED, 'dpm.service-not-running'],
      'cpwrapper-restart': ['no', 'dpm.cpwrapper-needs-restart'],
      'port-6076': [fx.TNC_6076_FAILED, 'dpm.port-6076-blocked'],
      'firewall-rule': ['no', 'dpm.firewall-rule-missing'],
      'cert-requirements': [fx.fixture('certutil-store-v-cng.txt'), 'dpm.cert-cng-key'],
      'cert-store': [fx.fixture('dpm-33231-console.txt'), 'dpm.cert-not-in-machine-store'],
      'bin-files': [fx.ATTACH_BIN_NOT_FOUND, 'dpm.bin-file-path'],
      registry: [fx.REG_CERTIFICATES_NOT_FOUND, 'dpm.registry-key-missing'],
      errlogs: [fx.fixture('msdpmcurr-errlog-33231.txt'), 'dpm.cert-not-in-machine-store'],
    },
  },
  'machine-keys': {
    healthy: {},
    faults: {
      timestamps: [fx.fixture('ccmexec-sms2003.log'), 'configmgr.machine-keys-replaced'],
      'iis-kb884872': [fx.WWW_1008, 'configmgr.iis-machine-key-lost'],
      'management-point': [fx.HINV_DISCARDED, 'configmgr.mp-encryption-key-mismatch'],
      'client-trusted-root-key': [fx.TRUSTED_KEY_CHANGED, 'configmgr.trusted-root-key-changed'],
    },
  },
  'store-hygiene': {
    healthy: {},
    faults: {
      'root-non-self-signed': [fx.fixture('cert-listing-root.txt'), 'tls.non-root-in-root-store'],
      'ca-self-signed': ['no', 'tls.root-in-intermediate-store'],
      'ca-with-key': ['no', 'tls.intermediate-with-private-key'],
      'my-without-key': ['no', 'tls.my-cert-without-key'],
      'root-count': [fx.ROOT_COUNT_412, 'tls.too-many-trusted-roots'],
      'schannel-registry': [fx.fixture('schannel-oneline.reg.txt'), 'tls.clientauthtrustmode-workaround'],
    },
  },
};

describe.each(Object.keys(WALKS))('flow %s', (flowId) => {
  const flow = k.flows.get(flowId)!;
  const walk = WALKS[flowId];

  test('happy path: every hop healthy, then done', async () => {
    const c = client(flowId);
    let seen = await say(c, `guide ${flowId}`);
    expect(cardText(lastCard(seen))).toContain(JSON.stringify(flow.steps[0].title).slice(1, -1));
    for (const step of flow.steps) {
      const paste = walk.healthy[step.id];
      seen = await say(c, paste ?? 'yes');
      if (paste && !step.healthySymptoms?.length) {
        // No symptom proves this hop healthy: the guide shows what healthy looks like and asks.
        expect(cardText(lastCard(seen))).toContain('Healthy looks like');
        seen = await say(c, 'yes');
      }
      expect(seen.texts[0]).toMatch(/healthy\.$/);
    }
    expect(seen.texts[seen.texts.length - 1]).toMatch(/All hops of .* look healthy/);
    expect(c.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  test.each(flow.steps.map((s, i) => [s.id, i] as [string, number]))('hop %s: a fault stops the flow with the fix (a precondition is repeated)', async (stepId, index) => {
    const c = client(flowId);
    await say(c, `guide ${flowId}`);
    for (let i = 0; i < index; i++) await say(c, 'yes');
    const fault = walk.faults[stepId];
    if (!fault) {
      // A precondition ("back up MachineKeys first", "export before removing"): "no" repeats it.
      const seen = await say(c, 'no');
      expect(seen.texts[0]).toMatch(/do this first/);
      expect(c.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
      return;
    }
    const [input, causeId] = fault;
    const seen = await say(c, input);
    const card = lastCard(seen);
    expect(card.body[1]).toMatchObject({ text: expect.stringContaining('this hop is where it fails') });
    expect(cardText(card)).toContain(JSON.stringify(k.causes.get(causeId)!.title).slice(1, -1));
    expect(cardText(card)).toContain('Fix');
    expect(card.actions).toBeUndefined();
    expect(c.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  test('skip, back, an unrelated paste with resume, and cancel', async () => {
    const c = client(flowId);
    await say(c, `guide ${flowId}`);
    let seen = await say(c, 'skip');
    expect(cardText(lastCard(seen))).toContain(JSON.stringify(flow.steps[1].title).slice(1, -1));
    seen = await say(c, 'back');
    expect(cardText(lastCard(seen))).toContain(JSON.stringify(flow.steps[0].title).slice(1, -1));
    seen = await say(c, fx.fixture('reg-query-ndespolicy.txt'));
    expect(seen.texts[0]).toMatch(/something else/);
    expect(lastCard(seen).actions?.map((a) => a.title)).toEqual(['Resume the guide', 'Cancel']);
    expect(cardText(lastCard(seen))).toContain(JSON.stringify(k.causes.get('ndes.policy-module-stale-thumbprint')!.title).slice(1, -1));
    seen = await say(c, 'resume');
    expect(cardText(lastCard(seen))).toContain(JSON.stringify(flow.steps[0].title).slice(1, -1));
    expect(c.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
    seen = await say(c, 'cancel');
    expect(seen.texts[0]).toMatch(/Guide cancelled/);
    expect(c.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });
});

describe('channels', () => {
  test('a button click (Action.Submit value) answers the step', async () => {
    const c = client('scep');
    await say(c, 'guide scep');
    const reply: Partial<Activity> = await c.sendActivity({ type: 'message', value: { certsleuth: 'guide', answer: 'no' } });
    expect((reply.attachments![0].content as GuideCard).body.map((b) => b.text).join(' ')).toContain(k.causes.get('scep.device-not-synced')!.title);
  });

  test('Slack gets Block Kit buttons; a text-only channel numbered choices that answer by number', async () => {
    const slack = client('dpm', 'slack');
    const first: Partial<Activity> = await slack.sendActivity('guide dpm');
    const blocks = (first.channelData as { blocks: { type: string; elements?: { value: string }[] }[] }).blocks;
    const actions = blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements!.map((e) => JSON.parse(e.value).answer)).toEqual(['yes', 'no', 'skip', 'back', 'cancel']);

    const sms = client('dpm', 'sms');
    const step: Partial<Activity> = await sms.sendActivity('guide dpm');
    expect(step.attachments).toBeUndefined();
    expect(step.text).toContain('Reply with a number: 1 Yes · 2 No · 3 Skip · 4 Back · 5 Cancel');
    const next = await say(sms, '3');
    expect(next.texts[0]).toContain(k.flows.get('dpm')!.steps[1].title);
  });
});
