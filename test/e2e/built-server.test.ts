// The server as `npm start` runs it: node dist/bot/index.js in its own process, with its embedded
// defaults (no app id, no secrets) and diagnoses in a worker thread. A Teams message with
// expectReplies holding a DPM 33231 error comes back as a card naming the cause; SIGTERM stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DPM_33231, firstCard, postActivity, teamsMessage } from './harness';

const ENTRY = join(__dirname, '..', '..', 'dist', 'bot', 'index.js');

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run "npm run build" (npm test builds before testing)`);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, PORT: '0', CERTSLEUTH_DIAGNOSIS_WORKERS: '1' };
  child = spawn(process.execPath, [ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
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
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('the built server (npm start)', () => {
  it('reports its diagnosis worker in the health check', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', playground: true, diagnosisWorkers: 1 });
  });

  it('answers a Teams expectReplies message with a DPM 33231 error with a card that names the machine store', async () => {
    const res = await postActivity(url, teamsMessage('http://127.0.0.1:9/', { text: DPM_33231, deliveryMode: 'expectReplies' }));
    expect(res.status).toBe(200);
    const card = firstCard((res.body?.activities as Record<string, unknown>[] | undefined) ?? []);
    const top = String(((card?.body as { text?: string }[] | undefined) ?? [])[0]?.text ?? '');
    expect(top).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(JSON.stringify(card)).toContain('33231');
  });

  it('serves the playground and stops cleanly on SIGTERM', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
