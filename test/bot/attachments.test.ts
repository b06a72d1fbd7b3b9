// Attachment safety: host allow-lists per channel, credentials only to their own host, HTTPS only,
// redirects only within the list, size and time caps. Files are served from loopback; only the
// explicit test setting lets plain http://127.0.0.1 through, and the tests prove it is needed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkUrl, download, downloadPolicy, SLACK_HOSTS, TEAMS_HOSTS } from '../../bot/attachments';

let server: Server;
let base: string;
const seenAuth: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seenAuth[path] = req.headers.authorization;
    if (path === '/small') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }); // no content-length: streamed
      const chunk = Buffer.alloc(64 * 1024, 1);
      let sent = 0;
      const pump = () => {
        while (sent < 2 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (path === '/slow') {
      res.writeHead(200);
      res.write('x');
      setTimeout(() => res.end('y'), 2000);
    } else if (path === '/to-evil') {
      res.writeHead(302, { location: 'https://evil.example.net/steal' });
      res.end();
    } else if (path === '/to-small') {
      res.writeHead(302, { location: '/small' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('attachment URL policy', () => {
  const teams = downloadPolicy(TEAMS_HOSTS);
  const slack = downloadPolicy(SLACK_HOSTS);

  it('allows the channel’s file hosts over https only', () => {
    expect(checkUrl('https://contoso-my.sharepoint.com/personal/x/file.log', teams, 'none')).toMatchObject({ ok: true, credential: 'none' });
    expect(checkUrl('http://contoso-my.sharepoint.com/file.log', teams, 'none')).toMatchObject({ ok: false });
    expect(checkUrl('https://files.slack.com/files-pri/T1-F1/x.log', teams, 'none')).toMatchObject({ ok: false });
    expect(checkUrl('https://sharepoint.com.evil.net/x', teams, 'none')).toMatchObject({ ok: false });
    expect(checkUrl('https://user:pw@contoso.sharepoint.com/x', teams, 'none')).toMatchObject({ ok: false });
    expect(checkUrl('not a url', teams, 'none')).toMatchObject({ ok: false });
  });

  it('gives the bot token only to smba.trafficmanager.net and the Slack token only to files.slack.com', () => {
    expect(checkUrl('https://smba.trafficmanager.net/emea/v3/attachments/1/views/original', teams, 'bot')).toMatchObject({ ok: true, credential: 'bot' });
    expect(checkUrl('https://contoso.sharepoint.com/x', teams, 'bot')).toMatchObject({ ok: true, credential: 'none' });
    expect(checkUrl('https://files.slack.com/files-pri/T1-F1/x.log', slack, 'slack')).toMatchObject({ ok: true, credential: 'slack' });
    expect(checkUrl('https://slack.com/x', slack, 'slack')).toMatchObject({ ok: false });
  });

  it('refuses plain http on loopback unless the test-only setting is on', async () => {
    expect(await download(`${base}/small`, teams, 'none')).toMatchObject({ ok: false });
    const r = await download(`${base}/small`, downloadPolicy(TEAMS_HOSTS, true), 'none');
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('hello');
  });
});

describe('attachment download', () => {
  const loopback = (over: Partial<ReturnType<typeof downloadPolicy>> = {}) => ({ ...downloadPolicy(SLACK_HOSTS, true), ...over });

  it('sends the credential it was asked to send to the allowed host', async () => {
    const r = await download(`${base}/small`, loopback(), 'slack', { slack: 'xoxb-1' });
    expect(r.ok).toBe(true);
    expect(seenAuth['/small']).toBe('Bearer xoxb-1');
  });

  it('stops at a redirect off the allowed hosts, before any request reaches it', async () => {
    const r = await download(`${base}/to-evil`, loopback(), 'slack', { slack: 'xoxb-1' });
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('redirected off the allowed hosts') });
  });

  it('follows a redirect that stays on the list', async () => {
    const r = await download(`${base}/to-small`, loopback(), 'none');
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('hello');
  });

  it('caps the size while streaming', async () => {
    const r = await download(`${base}/big`, loopback({ maxBytes: 1024 * 1024 }), 'none');
    expect(r).toEqual({ ok: false, reason: 'the file is larger than 1 MB' });
  });

  it('caps the time', async () => {
    const r = await download(`${base}/slow`, loopback({ timeoutMs: 300 }), 'none');
    expect(r).toEqual({ ok: false, reason: 'the download took longer than 0.3 s' });
  });

  it('reads inline data: URLs (the playground’s uploads) under the same size cap', async () => {
    const r = await download('data:application/octet-stream;base64,' + Buffer.from('abc').toString('base64'), loopback(), 'none');
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('abc');
    const big = await download('data:application/octet-stream;base64,' + Buffer.alloc(2048).toString('base64'), loopback({ maxBytes: 1024 }), 'none');
    expect(big.ok).toBe(false);
  });

  it('reports a missing file plainly', async () => {
    expect(await download(`${base}/missing`, loopback(), 'none')).toEqual({ ok: false, reason: 'the file host answered 404' });
  });
});
