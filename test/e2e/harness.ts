// Loopback end-to-end harness: the real bot server on 127.0.0.1:0, a fake Bot Connector on
// 127.0.0.1:0 that records what the bot posts back (/v3/conversations/:id/activities[/:replyTo]) and
// serves files for attachment downloads, and builders for real Bot Framework activities.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBotServer, type ServerOptions } from '../../bot/server';
import { loadConfig, type BotConfig } from '../../bot/config';
import { silentLog } from '../../bot/log';

export interface RunningBot {
  url: string;
  close(): Promise<void>;
}

export async function startBot(env: Record<string, string> = {}, options: ServerOptions = {}): Promise<RunningBot & { config: BotConfig }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CERTSLEUTH_TEST_ALLOW_LOOPBACK_DOWNLOADS: '1', ...env });
  const bot = createBotServer(config, { log: silentLog, ...options });
  const url = await bot.listen(0, '127.0.0.1');
  return { url, close: () => bot.close(), config };
}

export interface RecordedPost {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeService extends RunningBot {
  posts: RecordedPost[];
  /** Bytes served at GET /files/<name>. */
  files: Map<string, { body: Buffer; requireAuth?: string }>;
  /** Paths that redirect: /redirect/<name> → the target URL. */
  redirects: Map<string, string>;
  /** Extra route handling (fake Slack Web API methods). */
  onPost?: (path: string, body: Record<string, unknown>, headers: IncomingMessage['headers']) => unknown;
  /** Authorization headers seen on file downloads, by file name. */
  fileAuth: Map<string, string | undefined>;
  waitForPosts(count: number, timeoutMs?: number): Promise<RecordedPost[]>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if ((type ?? '').includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return { raw };
  }
}

/** A fake Bot Connector (and fake Slack Web API) on loopback. */
export async function startFakeService(): Promise<FakeService> {
  let nextId = 1;
  const svc: Partial<FakeService> = { posts: [], files: new Map(), redirects: new Map(), fileAuth: new Map() };
  // restify patches http.ServerResponse.prototype (its writeHead returns nothing), so every answer
  // here goes through this helper instead of chaining writeHead().end().
  const reply = (res: ServerResponse, status: number, headers: Record<string, string | number>, body?: string | Buffer) => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path.startsWith('/files/')) {
      const name = decodeURIComponent(path.slice('/files/'.length));
      const file = svc.files!.get(name);
      svc.fileAuth!.set(name, req.headers.authorization);
      if (!file) return reply(res, 404, {});
      if (file.requireAuth && req.headers.authorization !== file.requireAuth) return reply(res, 403, {});
      return reply(res, 200, { 'content-type': 'application/octet-stream', 'content-length': file.body.length }, file.body);
    }
    if (req.method === 'GET' && path.startsWith('/redirect/')) {
      const target = svc.redirects!.get(decodeURIComponent(path.slice('/redirect/'.length)));
      return reply(res, target ? 302 : 404, target ? { location: target } : {});
    }
    const body = parse(await readBody(req), req.headers['content-type']);
    svc.posts!.push({ path, headers: req.headers, body });
    const custom = svc.onPost?.(path, body, req.headers);
    if (custom !== undefined) return reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify(custom));
    reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ id: String(nextId++) }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  svc.url = `http://127.0.0.1:${port}`;
  svc.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  svc.waitForPosts = async (count, timeoutMs = 10_000) => {
    const until = Date.now() + timeoutMs;
    while (svc.posts!.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return svc.posts!;
  };
  return svc as FakeService;
}

let activityCounter = 0;

export function teamsMessage(connectorUrl: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  activityCounter++;
  return {
    type: 'message',
    id: `act-${Date.now()}-${activityCounter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: `${connectorUrl}/`,
    from: { id: '29:user-aad', name: 'Dana Admin', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
    recipient: { id: '28:certsleuth-bot', name: 'CertSleuth' },
    conversation: { id: `a:conv-${activityCounter}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-US',
    text: '',
    ...fields,
  };
}

export async function postActivity(botUrl: string, activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await res.text();
  let body: Record<string, unknown> | undefined;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

type Att = { contentType: string; content: Record<string, unknown> };

/** The first Adaptive Card among activities. */
export function firstCard(activities: Record<string, unknown>[]): Record<string, unknown> | undefined {
  for (const a of activities) {
    const att = ((a.attachments as Att[] | undefined) ?? []).find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
    if (att) return att.content;
  }
  return undefined;
}

/** As the DPM Management Shell prints it (seed document 000, with another machine and certificate). */
export const DPM_33231 =
  'Set-DPMCredentials : Unable to find certificate with the thumbprint 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e on the personal machine store of machine DPMSRV02.fabrikam.local. (ID: 33231)';

/** Slack's v0 request signature headers over the raw body (HMAC-SHA256 of "v0:<timestamp>:<body>"). */
export function slackSignature(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sig };
}
