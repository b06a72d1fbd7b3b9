// The bar, against the server as `npm start` runs it: node dist/bot/index.js in its own
// process with only PORT (and, where the bar says so, Slack or app-id settings) in its environment,
// diagnoses in a worker thread. Health check, a Teams expectReplies message with a DPM 33231 error
// answered by a card that names the cause, the playground, Slack url_verification signed and badly
// signed, 401 without a token when an app id is configured, and a clean stop on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DPM_33231, firstCard, postActivity, slackSignature, startFakeService, teamsMessage, type FakeService } from './harness';

const ENTRY = join(__dirname, '..', '..', 'dist', 'bot', 'index.js');
const SLACK_SECRET = 'built-server-signing-secret-5d1c';

interface Running {
  child: ChildProcess;
  url: string;
}

async function start(env: Record<string, string>): Promise<Running> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run "npm run build" (npm test builds before testing)`);
  // Nothing of this process's environment but PATH: the embedded defaults are what is under test.
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no start-up line within 20 s: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${out}`)));
  });
  return { child, url };
}

async function stop(r: Running | undefined): Promise<number | null> {
  if (!r || r.child.exitCode !== null) return r?.child.exitCode ?? null;
  const exited = new Promise<number | null>((done) => r.child.once('exit', (code) => done(code)));
  r.child.kill('SIGTERM');
  return exited;
}

describe('the built server (npm start)', () => {
  let local: Running | undefined;
  let authenticated: Running | undefined;
  let slackApi: FakeService;

  beforeAll(async () => {
    // Slack's Web API faked on loopback (the one thing that cannot exist here).
    slackApi = await startFakeService();
    slackApi.onPost = (path) => (path === '/api/chat.postMessage' ? { ok: true, ts: `${Date.now() / 1000}`, channel: 'C1' } : { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    [local, authenticated] = await Promise.all([
      start({ SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_BOT_TOKEN: 'xoxb-built-server-test', SLACK_API_URL: `${slackApi.url}/api/` }),
      start({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', HOST: '127.0.0.1' }),
    ]);
  }, 40_000);

  afterAll(async () => {
    await Promise.all([stop(local), stop(authenticated)]);
    await slackApi.close();
  });

  it('answers /healthz and reports its diagnosis worker', async () => {
    const res = await fetch(`${local!.url}/healthz`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { diagnosisWorkers: number };
    expect(health).toMatchObject({ status: 'ok', playground: true, slack: true });
    // By default at least one worker, whatever the machine: the diagnoses below run there.
    expect(health.diagnosisWorkers).toBeGreaterThanOrEqual(1);
  });

  it('answers a Teams expectReplies message with a DPM 33231 error with a card that names the machine store', async () => {
    const res = await postActivity(local!.url, teamsMessage('http://127.0.0.1:9/', { text: DPM_33231, deliveryMode: 'expectReplies' }));
    expect(res.status).toBe(200);
    const card = firstCard((res.body?.activities as Record<string, unknown>[] | undefined) ?? []);
    const top = String(((card?.body as { text?: string }[] | undefined) ?? [])[0]?.text ?? '');
    expect(top).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(JSON.stringify(card)).toContain('33231');
  });

  it('serves the playground', async () => {
    const res = await fetch(`${local!.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<html/i);
  });

  it('answers a signed Slack url_verification and refuses a badly signed one', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'built-7c2e', type: 'url_verification' });
    const post = (headers: Record<string, string>) => fetch(`${local!.url}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const good = await post(slackSignature(body, SLACK_SECRET));
    expect(good.status).toBe(200);
    expect(await good.text()).toContain('built-7c2e');
    expect((await post(slackSignature(body, 'some-other-secret'))).status).toBe(401);
  });

  it('answers a Slack app_mention in its thread, diagnosed in the worker', async () => {
    const event = { type: 'app_mention', user: 'U1', text: `<@UBOT> ${DPM_33231}`, ts: '1700000000.000200', channel: 'C1', team: 'T1' };
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvBuilt1', event_time: Math.floor(Date.now() / 1000), event });
    const res = await fetch(`${local!.url}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackSignature(body, SLACK_SECRET) }, body });
    expect(res.status).toBe(200);
    const until = Date.now() + 10_000;
    const posted = () => slackApi.posts.filter((p) => p.path === '/api/chat.postMessage');
    while (!posted().length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const [msg] = posted();
    expect(msg.body.thread_ts).toBe('1700000000.000200');
    expect(String(msg.body.text)).toMatch(/machine|LocalMachine|computer|personal/i);
  });

  it('refuses an unauthenticated POST with 401 when an app id is configured, and has no playground', async () => {
    const res = await postActivity(authenticated!.url, teamsMessage('https://smba.trafficmanager.net/emea/', { text: DPM_33231 }));
    expect(res.status).toBe(401);
    expect((await fetch(`${authenticated!.url}/`)).status).toBe(404);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await stop(local)).toBe(0);
    expect(await stop(authenticated)).toBe(0);
  });
});
