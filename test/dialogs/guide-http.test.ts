// The bar over HTTP: a real CloudAdapter on a restify server on 127.0.0.1:0 (authentication
// off, as in the playground) whose only logic is createGuide().handle(); Activities are POSTed with
// deliveryMode 'expectReplies', so the replies come back in the HTTP body as a user's client sees them.
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { defaultKnowledge } from '../../knowledge/files';
import { createGuide } from '../../dialogs';
import type { GuideCard } from '../../dialogs/render/adaptive-card';
import { fixture, NDES_IIS_414 } from './fixtures';

const k = defaultKnowledge();
let server: restify.Server;
let url: string;

beforeAll(async () => {
  const state = new ConversationState(new MemoryStorage());
  const guide = createGuide(state, k);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (ctx) => {
      if (!(await guide.handle(ctx))) await ctx.sendActivity('not a guide turn');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let id = 0;
async function post(text: string): Promise<Partial<Activity>[]> {
  const activity = {
    type: 'message',
    id: `a${++id}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: 'user1', name: 'Admin' },
    recipient: { id: 'bot', name: 'CertSleuth' },
    conversation: { id: 'conv-guide-http' },
    text,
  };
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Partial<Activity>[] }).activities;
}

const card = (a: Partial<Activity>): GuideCard => a.attachments![0].content as GuideCard;
const texts = (a: Partial<Activity>): string => card(a).body.map((b) => String(b.text ?? JSON.stringify(b))).join('\n');

test('guide scep → first step; healthy NDESPlugin.log → healthy and the next hop; 414 for PKIOperation → the request-size fault', async () => {
  const scep = k.flows.get('scep')!;
  const first = await post('guide scep');
  expect(first).toHaveLength(1);
  expect(texts(first[0])).toContain(scep.steps[0].title);
  expect(card(first[0]).actions!.map((a) => a.title)).toEqual(['Yes', 'No', 'Skip', 'Back', 'Cancel']);

  await post('yes');
  await post('yes'); // WAP
  const healthyIis = await post(fixture('ndes-iis-u_ex.log'));
  expect(healthyIis[0].text).toMatch(/NDES IIS log: healthy/);

  const plugin = await post(fixture('ndesplugin.log'));
  expect(plugin.map((a) => a.text)[0]).toMatch(/NDESPlugin\.log: healthy/);
  expect(texts(plugin[1])).toContain(scep.steps[4].title);
  expect(texts(plugin[1])).toContain('CMCertificateRegistration');

  const restart = await post('guide scep');
  expect(texts(restart[0])).toContain(scep.steps[0].title);
  for (let i = 0; i < 2; i++) await post('skip');
  const fault = await post(NDES_IIS_414);
  const shown = texts(fault[0]);
  expect(shown).toContain(k.causes.get('scep.request-too-large')!.title);
  expect(shown).toMatch(/MaxFieldLength/);
  expect(shown).toMatch(/MaxRequestBytes/);
  expect(shown).toMatch(/requestFiltering/);
  expect(card(fault[0]).actions).toBeUndefined();

  const after = await post('what does 0x800B0109 mean');
  expect(after[0].text).toBe('not a guide turn');
});
