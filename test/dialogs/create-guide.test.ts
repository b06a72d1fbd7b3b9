// createGuide: the bot's one entry point. handle() consumes guide commands, buttons, flow questions
// and every message of an active flow, and leaves everything else to the diagnosis.
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { diagnose } from '../../core';
import { defaultKnowledge, readKnowledgeTexts } from '../../knowledge/files';
import { buildKnowledge } from '../../knowledge/load';
import { createGuide, type Guide } from '../../dialogs';
import type { GuideCard } from '../../dialogs/render/adaptive-card';
import { fixture, NDES_IIS_414 } from './fixtures';

const k = defaultKnowledge();

/** A bot whose only logic is: guide first, else "DIAGNOSE". */
function bot(): { adapter: TestAdapter; guide: Guide } {
  const state = new ConversationState(new MemoryStorage());
  const guide = createGuide(state, k);
  const adapter = new TestAdapter(async (ctx: TurnContext) => {
    if (await guide.handle(ctx)) return;
    await ctx.sendActivity('DIAGNOSE');
  });
  return { adapter, guide };
}

const body = (a: Partial<Activity>): string => JSON.stringify((a.attachments?.[0]?.content as GuideCard | undefined)?.body ?? a.text);

test('"guide" lists the flows with start buttons', async () => {
  const { adapter } = bot();
  await adapter.send('guide').assertReply((a) => {
    const card = a.attachments![0].content as GuideCard;
    expect(card.actions!.map((x) => (x.data as { flow: string }).flow)).toEqual(expect.arrayContaining(['scep', 'dpm', 'machine-keys', 'store-hygiene']));
  });
});

test('guide scep walks hop by hop through the entry point: healthy NDES IIS log and NDESPlugin.log move on, guide scep restarts', async () => {
  const { adapter } = bot();
  const scep = k.flows.get('scep')!;
  await adapter
    .send('guide scep')
    .assertReply((a) => expect(body(a)).toContain(scep.steps[0].title))
    .send('yes')
    .assertReply((a) => expect(a.text).toMatch(/healthy/))
    .assertReply((a) => expect(body(a)).toContain(scep.steps[1].title))
    .send('yes')
    .assertReply((a) => expect(a.text).toMatch(/healthy/))
    .assertReply((a) => expect(body(a)).toContain(scep.steps[2].title))
    .send(fixture('ndes-iis-u_ex.log'))
    .assertReply((a) => expect(a.text).toMatch(/NDES IIS log: healthy/))
    .assertReply((a) => expect(body(a)).toContain(scep.steps[3].title))
    .send(fixture('ndesplugin.log'))
    .assertReply((a) => expect(a.text).toMatch(/NDESPlugin\.log: healthy/))
    .assertReply((a) => expect(body(a)).toContain(scep.steps[4].title))
    .send('guide scep')
    .assertReply((a) => expect(body(a)).toContain(scep.steps[0].title));
});

test('a 414 pasted at the NDES IIS hop ends the flow; the next paste is diagnosed as usual', async () => {
  const { adapter } = bot();
  await adapter.send('guide scep').assertReply(() => undefined).send('skip').assertReply(() => undefined).send('skip').assertReply(() => undefined);
  await adapter.send(NDES_IIS_414).assertReply((a) => {
    expect(body(a)).toContain('MaxFieldLength');
    expect(body(a)).toContain('MaxRequestBytes');
    expect(body(a)).toContain('requestFiltering');
  });
  await adapter.send('0x800B0109').assertReply('DIAGNOSE');
});

test('a flow question starts the flow; ordinary questions and pastes are left to the diagnosis', async () => {
  const { adapter } = bot();
  await adapter
    .send('how do I troubleshoot SCEP enrollment')
    .assertReply((a) => expect(body(a)).toContain(k.flows.get('scep')!.steps[0].title))
    .send('cancel')
    .assertReply((a) => expect(a.text).toMatch(/cancelled/))
    .send('what does 0x800B0109 mean')
    .assertReply('DIAGNOSE')
    .send(fixture('crp.log'))
    .assertReply('DIAGNOSE');
});

test('buttons: { guide: "dpm" } starts a flow; a stale answer button is not diagnosed', async () => {
  const { adapter } = bot();
  await adapter
    .send({ type: ActivityTypes.Message, value: { guide: 'dpm' } } as Partial<Activity>)
    .assertReply((a) => expect(body(a)).toContain(k.flows.get('dpm')!.steps[0].title))
    .send('cancel')
    .assertReply(() => undefined)
    .send({ type: ActivityTypes.Message, value: { certsleuth: 'guide', answer: 'yes' } } as Partial<Activity>)
    .assertReply((a) => expect(a.text).toMatch(/No guide is running/));
});

test('offerButtons: a diagnosis whose cause a flow stops at offers that flow', async () => {
  const { guide } = bot();
  const { reply } = await diagnose([{ name: 'message', content: fixture('dpm-33231-console.txt') }], { knowledge: k });
  const buttons = guide.offerButtons(reply);
  expect(buttons.map((b) => b.value)).toContainEqual({ certsleuth: 'guide', flow: 'dpm' });
  expect(guide.offerButtons({ findings: [], language: 'en' })).toEqual([]);
});

test('German: "anleitung scep" asks in German', async () => {
  const { adapter } = bot();
  await adapter.send('anleitung scep').assertReply((a) => expect(body(a)).toContain(k.flows.get('scep')!.steps[0].de!.prompt!.slice(0, 40)));
});

test('editing a step\'s prompt in flows.yaml changes the question the bot asks', async () => {
  const texts = readKnowledgeTexts().map((f) =>
    f.path === 'data/flows.yaml'
      ? { ...f, text: f.text.replace('Paste the NDESPlugin.log lines from the time of the PKIOperation.', 'Show me NDESPlugin.log around the PKIOperation, please.') }
      : f,
  );
  expect(texts.find((f) => f.path === 'data/flows.yaml')!.text).toContain('Show me NDESPlugin.log');
  const edited = buildKnowledge(texts);
  const state = new ConversationState(new MemoryStorage());
  const guide = createGuide(state, edited);
  const adapter = new TestAdapter(async (ctx: TurnContext) => {
    await guide.handle(ctx);
  });
  await adapter
    .send('guide scep')
    .assertReply(() => undefined)
    .send('skip')
    .assertReply(() => undefined)
    .send('skip')
    .assertReply(() => undefined)
    .send(fixture('ndes-iis-u_ex.log'))
    .assertReply((a) => expect(a.text).toMatch(/healthy/))
    .assertReply((a) => expect(a.text).toContain('Show me NDESPlugin.log around the PKIOperation, please.'));
});

test('without a conversation state of its own, the guide keeps its flows in MemoryStorage', async () => {
  const guide = createGuide();
  const adapter = new TestAdapter(async (ctx: TurnContext) => {
    if (!(await guide.handle(ctx))) await ctx.sendActivity('DIAGNOSE');
  });
  await adapter
    .send('guide store-hygiene')
    .assertReply(() => undefined)
    .send('yes')
    .assertReply((a) => expect(a.text).toMatch(/healthy/))
    .assertReply((a) => expect(body(a)).toContain(k.flows.get('store-hygiene')!.steps[1].title));
});
