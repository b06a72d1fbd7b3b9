// Endpoint benchmark: requests per second and latency of POST /api/messages on loopback, for our bot
// and for a bare botbuilder echo bot on the same stack (restify 11 + CloudAdapter) measured in the
// same run, so the ratio says what the diagnosis costs on top of the framework. 10 keep-alive
// connections, a typical paste (a DPM console error and the errlog lines around it), deliveryMode
// expectReplies (the replies come back in the response; no connector round trip). Our bot runs as
// `npm start` runs it: diagnoses in its worker thread. The two servers are measured in alternating
// rounds and the ratio is the median of the rounds' ratios: this machine's speed drifts by a third
// from one second to the next, and a single pair of measurements mostly measures the drift.
// Prints nothing: the caller prints. The echo bot is the one botbuilder use outside bot/, because
// it is the baseline, not the product.
import 'reflect-metadata';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import * as restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { createBotServer } from '../bot/server';
import { loadConfig } from '../bot/config';
import { silentLog } from '../bot/log';

export interface EndpointBench {
  /** Medians over the rounds. */
  echoRps: number;
  botRps: number;
  /** Median of the rounds' botRps / echoRps. */
  ratio: number;
  /** Each round's ratio, in order. */
  roundRatios: number[];
  /** Our bot's latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  echoP50: number;
  echoP99: number;
  /** CPU per request (server and load generator share the process), milliseconds: where the time goes. */
  echoCpuMs: number;
  botCpuMs: number;
}

/** A typical paste; each request gets its own thumbprint so no layer can answer from a cache. */
export function typicalPaste(n: number): string {
  const thumb = (n.toString(16).padStart(8, '0') + '3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e').slice(0, 40);
  return TYPICAL_PASTE.split('3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e').join(thumb);
}

export const TYPICAL_PASTE = [
  'Set-DPMCredentials : Unable to find certificate with the thumbprint 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e on the personal machine store of machine DPMSRV02.fabrikam.local. (ID: 33231)',
  '',
  'MSDPMCurr.errlog:',
  'ConfigureCertificates.cs(400) NORMAL Getting certificate for thumbPrint : 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e',
  'CertificatesHelper.cs(51) NORMAL Looking for Certificate with thumbprint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store: My at location: LocalMachine',
  'CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store :My at location :LocalMachine',
  'ConfigureCertificates.cs(133) WARNING Getting certificate for thumbPrint : 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e failed',
].join('\r\n');

const CONNECTIONS = 10;
const WARMUP_MS = 2000;
const ROUNDS = 5;
const ROUND_MS = 1500;
const MAX_REQUESTS = 50_000;

interface Target {
  url: string;
  close(): Promise<void>;
}

async function startEchoBot(): Promise<Target> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/messages`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function startOurBot(): Promise<Target> {
  const bot = createBotServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), { log: silentLog });
  const base = await bot.listen(0, '127.0.0.1');
  return { url: `${base}/api/messages`, close: () => bot.close() };
}

let sequence = 0;

function activityBody(): string {
  sequence++;
  // A fresh id and conversation each time: the bot answers a redelivered id once, and many users
  // are what an endpoint serves.
  return JSON.stringify({
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:bench-user' },
    recipient: { id: '28:bench-bot' },
    conversation: { id: `a:bench-${sequence}`, conversationType: 'personal' },
    deliveryMode: 'expectReplies',
    text: typicalPaste(sequence),
  });
}

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs CONNECTIONS workers for `ms`; returns completed requests per second and each latency. */
async function load(target: string, ms: number): Promise<{ rps: number; latencies: number[]; cpuMs: number }> {
  const url = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const deadline = started + ms;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length < MAX_REQUESTS) {
      const t0 = performance.now();
      const status = await post(agent, url, activityBody());
      if (status === 200) latencies.push(performance.now() - t0);
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  if (failures > 0 && latencies.length === 0) throw new Error(`every request to ${target} failed`);
  return { rps: (latencies.length / elapsed) * 1000, latencies, cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function median(values: number[]): number {
  return percentile(values, 50);
}

export async function benchEndpoint(): Promise<EndpointBench> {
  const echo = await startEchoBot();
  const ours = await startOurBot();
  try {
    await load(echo.url, WARMUP_MS);
    await load(ours.url, WARMUP_MS);
    const echoRounds: Awaited<ReturnType<typeof load>>[] = [];
    const ourRounds: Awaited<ReturnType<typeof load>>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      const order = r % 2 === 0 ? [echo, ours] : [ours, echo];
      for (const target of order) (target === echo ? echoRounds : ourRounds).push(await load(target.url, ROUND_MS));
    }
    const roundRatios = ourRounds.map((o, i) => o.rps / echoRounds[i].rps);
    const ourLatencies = ourRounds.flatMap((o) => o.latencies);
    const echoLatencies = echoRounds.flatMap((o) => o.latencies);
    return {
      echoRps: median(echoRounds.map((o) => o.rps)),
      botRps: median(ourRounds.map((o) => o.rps)),
      ratio: median(roundRatios),
      roundRatios,
      p50: percentile(ourLatencies, 50),
      p99: percentile(ourLatencies, 99),
      echoP50: percentile(echoLatencies, 50),
      echoP99: percentile(echoLatencies, 99),
      echoCpuMs: median(echoRounds.map((o) => o.cpuMs)),
      botCpuMs: median(ourRounds.map((o) => o.cpuMs)),
    };
  } finally {
    await ours.close();
    await echo.close();
  }
}
