// The HTTP server: restify with bodies kept raw beside the parsed form (Slack signs the raw bytes),
// the Bot Framework endpoint, the direct Slack endpoint when configured, a health check, and the
// local playground when no app id is configured.
import * as restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ConversationState, type Storage } from 'botbuilder';
import { BoundedMemoryStorage } from './bounded-storage';
import { shippedKnowledge, type Knowledge } from '../core';
import { createAdapter } from './adapter';
import { slackEnabled, type BotConfig } from './config';
import { SeenOnce } from './dedupe';
import { jsonLog, type Log } from './log';
import { mountPlayground } from './playground-routes';
import { createSlackApp } from './slack/app';
import { CertSleuthBot } from './teams-bot';
import { createGuide } from '../dialogs';
import { createDiagnosisRunner } from './diagnosis';

export interface BotServer {
  server: restify.Server;
  /** Starts listening; resolves to the base URL (http://host:port). */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface ServerOptions {
  knowledge?: Knowledge;
  storage?: Storage;
  log?: Log;
  now?: () => Date;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when answering this activity sends nothing off the machine. */
export function repliesStayLocal(body: unknown): boolean {
  const activity = (body ?? {}) as { serviceUrl?: unknown; deliveryMode?: unknown };
  if (activity.deliveryMode === 'expectReplies') return true;
  if (typeof activity.serviceUrl !== 'string') return true; // the adapter refuses it anyway
  try {
    return LOOPBACK_HOSTS.has(new URL(activity.serviceUrl).hostname);
  } catch {
    return false;
  }
}

/** Playground uploads arrive inline as base64: 10 MB of file is ~13.4 MB of body. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export function createBotServer(config: BotConfig, options: ServerOptions = {}): BotServer {
  const log = options.log ?? jsonLog();
  const knowledge = options.knowledge ?? shippedKnowledge();
  const diagnosis = createDiagnosisRunner(
    knowledge,
    { workers: config.diagnosisWorkers, timeoutMs: config.diagnosisTimeoutMs, shippedKnowledge: options.knowledge === undefined },
    log,
  );
  const storage = options.storage ?? new BoundedMemoryStorage();
  const conversationState = new ConversationState(storage);
  const seen = new SeenOnce();

  const server = restify.createServer({ name: 'certsleuth', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  const adapter = createAdapter(config, conversationState, log);
  const guide = createGuide(conversationState, knowledge, { now: options.now });
  const bot = new CertSleuthBot({ knowledge, diagnosis, guide, conversationState, seen, log, testAllowLoopbackDownloads: config.testAllowLoopbackDownloads, now: options.now });

  server.post('/api/messages', async (req, res) => {
    if (!config.microsoftAppId && !repliesStayLocal(req.body)) {
      // Unauthenticated, the bot would POST its replies to whatever serviceUrl a request names (SSRF).
      res.send(400, { error: 'authentication is off: replies go only to a loopback serviceUrl or back in the response (deliveryMode expectReplies)' });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', knowledge: { causes: knowledge.causes.size }, diagnosisWorkers: diagnosis.workers, playground: config.playground, slack: slackEnabled(config) });
    next();
  });

  if (slackEnabled(config)) {
    const { receiver } = createSlackApp({
      signingSecret: config.slackSigningSecret,
      botToken: config.slackBotToken,
      apiUrl: config.slackApiUrl,
      knowledge,
      diagnosis,
      storage,
      seen,
      log,
      testAllowLoopbackDownloads: config.testAllowLoopbackDownloads,
      now: options.now,
    });
    server.post('/api/slack/events', receiver.handle);
  }

  if (config.playground) mountPlayground(server);

  return {
    server,
    listen(port = config.port, host = config.host) {
      return new Promise((resolveUrl, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          resolveUrl(`http://${shownHost === '[::]' || shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${addr.port}`);
        });
      });
    },
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open.
        (server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await diagnosis.close();
    },
  };
}
