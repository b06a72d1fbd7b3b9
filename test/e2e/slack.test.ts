// Direct Slack (Events API through Bolt, no Azure) end to end on loopback: signed requests into the
// real server, the bot's Web API calls recorded by a fake Slack API that also serves url_private files.
import { DPM_33231, slackSignature, startBot, startFakeService, type FakeService, type RunningBot } from './harness';

const SECRET = 'test-signing-secret-8f2e';
const TOKEN = 'xoxb-test-token';
let bot: RunningBot;
let slack: FakeService;

beforeAll(async () => {
  slack = await startFakeService();
  slack.onPost = (path) => {
    if (path === '/api/auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'certsleuth' };
    if (path === '/api/chat.postMessage') return { ok: true, ts: `${Date.now() / 1000}`, channel: 'C1' };
    return { ok: true };
  };
  bot = await startBot({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${slack.url}/api/` });
});
afterAll(async () => {
  await bot.close();
  await slack.close();
});
beforeEach(() => {
  slack.posts.length = 0;
});

const sign = (body: string, timestamp?: number, secret = SECRET) => slackSignature(body, secret, timestamp);

/** A button click as Slack posts it: form-encoded, the block_actions payload in `payload`. */
function buttonClick(fields: { trigger: string; channel: string; ts: string; threadTs: string; action: Record<string, string> }): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: 'U1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: fields.trigger,
    channel: { id: fields.channel },
    message: { ts: fields.ts, thread_ts: fields.threadTs },
    actions: [{ type: 'button', ...fields.action }],
  };
  return 'payload=' + encodeURIComponent(JSON.stringify(payload));
}

async function postSlack(body: string, headers: Record<string, string>, contentType = 'application/json') {
  const started = Date.now();
  const res = await fetch(`${bot.url}/api/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  return { status: res.status, text: await res.text(), ms: Date.now() - started };
}

let eventCounter = 0;
function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  eventCounter++;
  return { token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Date.now()}${eventCounter}`, event_time: Math.floor(Date.now() / 1000), event };
}

const postMessages = () => slack.posts.filter((p) => p.path === '/api/chat.postMessage');

async function waitForMessages(n: number): Promise<Record<string, unknown>[]> {
  const until = Date.now() + 10_000;
  while (postMessages().length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return postMessages().map((p) => p.body);
}

describe('direct Slack', () => {
  it('answers a signed url_verification with the challenge', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'c-3f9a', type: 'url_verification' });
    const res = await postSlack(body, sign(body));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'c-3f9a' });
  });

  it('refuses unsigned, badly signed and stale requests with 401', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'c', type: 'url_verification' });
    expect((await postSlack(body, {})).status).toBe(401);
    expect((await postSlack(body, sign(body, undefined, 'wrong-secret'))).status).toBe(401);
    expect((await postSlack(body, sign(body + ' '))).status).toBe(401); // signature over other bytes
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postSlack(body, sign(body, stale))).status).toBe(401);
  });

  it('acknowledges an app_mention at once and answers in the thread with Block Kit', async () => {
    const body = JSON.stringify(eventCallback({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${DPM_33231}`, ts: '1700000000.000100', channel: 'C1', team: 'T1' }));
    const res = await postSlack(body, sign(body));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const [msg] = await waitForMessages(1);
    expect(msg.channel).toBe('C1');
    expect(msg.thread_ts).toBe('1700000000.000100');
    const blocks = JSON.parse(String(msg.blocks)) as { type: string; text?: { text: string } }[];
    expect(blocks[0].type).toBe('header');
    expect(blocks[0].text!.text).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    // The real payload, as sent: under the ~12k characters where Slack starts refusing (bolt-js#2509).
    expect(String(msg.blocks).length).toBeLessThanOrEqual(12_000);
    expect(String(msg.text)).toMatch(/machine|LocalMachine|computer|personal/i);
    const auth = slack.posts.find((p) => p.path === '/api/chat.postMessage')!.headers.authorization;
    expect(auth).toBe(`Bearer ${TOKEN}`);
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    const body = JSON.stringify(eventCallback({ type: 'app_mention', user: 'U1', text: '<@UBOT> explain 0x800B0101', ts: '1700000001.000200', channel: 'C1', team: 'T1' }));
    expect((await postSlack(body, sign(body))).status).toBe(200);
    const retry = await postSlack(body, { ...sign(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await waitForMessages(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(postMessages()).toHaveLength(1);
    expect(String(postMessages()[0].body.text)).toContain('explain 0x800B0101');
  });

  it('reads a file in a direct message from url_private with the bot token', async () => {
    const log = 'CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store :My at location :LocalMachine\r\n';
    slack.files.set('F1/MSDPMCurr.errlog', { body: Buffer.from(log), requireAuth: `Bearer ${TOKEN}` });
    const body = JSON.stringify(
      eventCallback({
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        user: 'U1',
        text: '',
        ts: '1700000002.000300',
        channel: 'D1',
        team: 'T1',
        files: [{ id: 'F1', name: 'MSDPMCurr.errlog', mimetype: 'text/plain', url_private_download: `${slack.url}/files/F1%2FMSDPMCurr.errlog` }],
      }),
    );
    expect((await postSlack(body, sign(body))).status).toBe(200);
    const [msg] = await waitForMessages(1);
    expect(slack.fileAuth.get('F1/MSDPMCurr.errlog')).toBe(`Bearer ${TOKEN}`);
    expect(msg.channel).toBe('D1');
    expect(String(msg.blocks)).toContain('3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e');
  });

  it('ignores its own messages and message edits in DMs', async () => {
    const own = JSON.stringify(eventCallback({ type: 'message', channel_type: 'im', bot_id: 'BBOT', user: 'UBOT', text: 'an answer', ts: '1700000003.1', channel: 'D1' }));
    const edit = JSON.stringify(eventCallback({ type: 'message', subtype: 'message_changed', channel_type: 'im', ts: '1700000003.2', channel: 'D1' }));
    expect((await postSlack(own, sign(own))).status).toBe(200);
    expect((await postSlack(edit, sign(edit))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(postMessages()).toHaveLength(0);
  });

  it('offers the guided flow that fits, and walks it from the button in the same thread', async () => {
    const body = JSON.stringify(eventCallback({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${DPM_33231}`, ts: '1700000010.000100', channel: 'C2', team: 'T1' }));
    expect((await postSlack(body, sign(body))).status).toBe(200);
    const [diagnosis] = await waitForMessages(1);
    const blocks = JSON.parse(String(diagnosis.blocks)) as { type: string; block_id?: string; elements?: { action_id: string; value: string }[] }[];
    const offer = blocks.find((b) => b.block_id === 'certsleuth_guide_offer');
    expect(offer).toBeDefined();
    expect(blocks.length).toBeLessThanOrEqual(50);
    const button = offer!.elements![0];
    const click = buttonClick({
      trigger: 't2',
      channel: 'C2',
      ts: '1700000010.000200',
      threadTs: '1700000010.000100',
      action: { action_id: button.action_id, block_id: 'certsleuth_guide_offer', value: button.value, action_ts: '2' },
    });
    expect((await postSlack(click, sign(click), 'application/x-www-form-urlencoded')).status).toBe(200);
    const [, step] = await waitForMessages(2);
    expect(step.thread_ts).toBe('1700000010.000100');
    expect(String(step.text).toLowerCase()).toContain('dpm');
  });

  it('acknowledges a signed feedback button click (form-encoded payload)', async () => {
    const body = buttonClick({
      trigger: 't1',
      channel: 'C1',
      ts: '1700000000.000100',
      threadTs: '1700000000.000100',
      action: { action_id: 'certsleuth_feedback_right', block_id: 'certsleuth_feedback', value: 'dpm-cause', action_ts: '1' },
    });
    const res = await postSlack(body, sign(body), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    const [msg] = await waitForMessages(1);
    expect(msg.text).toBe('Thanks — glad that was it.');
  });
});
