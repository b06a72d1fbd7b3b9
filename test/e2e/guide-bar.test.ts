// Issue 6's bar through the real bot (server, adapter, commands, memory, guide, diagnosis), not a
// harness around the guide alone: one Teams conversation over HTTP with deliveryMode expectReplies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postActivity, startBot, teamsMessage, type RunningBot } from './harness';
import { defaultKnowledge } from '../../knowledge/files';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'text', name), 'utf8');
const IIS_414 =
  '2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG%2BTCCBvUCAQExCzAJBgUrDgMCGgUAMIIDPQYJKoZIhvcNAQcBoIIDLgSCAyow 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 414 0 0 15';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const conversation = { id: 'a:guide-bar', conversationType: 'personal', tenantId: 'tenant-1' };
async function say(text: string): Promise<string> {
  const res = await postActivity(bot.url, teamsMessage('http://127.0.0.1:9', { text, conversation, deliveryMode: 'expectReplies' }));
  expect(res.status).toBe(200);
  return JSON.stringify((res.body as { activities?: unknown[] }).activities ?? []);
}

it('guide scep → healthy NDESPlugin hop → 414 stops at the request-size fault with its fix', async () => {
  const scep = defaultKnowledge().flows.get('scep')!;
  expect(await say('guide scep')).toContain(scep.steps[0].title);

  await say('yes'); // the device synced
  await say('yes'); // WAP passes the requests
  await say(fixture('ndes-iis-u_ex.log'));
  const plugin = await say(fixture('ndesplugin.log'));
  expect(plugin).toMatch(/NDESPlugin\.log: healthy/);
  expect(plugin).toContain(scep.steps[4].title);

  await say('guide scep');
  await say('skip');
  await say('skip');
  const fault = await say(IIS_414);
  expect(fault).toContain(defaultKnowledge().causes.get('scep.request-too-large')!.title);
  expect(fault).toMatch(/MaxFieldLength/);
  expect(fault).toMatch(/MaxRequestBytes/);
  expect(fault).toMatch(/requestFiltering/);
});
