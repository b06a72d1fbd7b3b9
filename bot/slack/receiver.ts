// A Bolt receiver that lives on our restify server at POST /api/slack/events (Bolt's own receivers
// mount only on Express or their own port). It verifies Slack's v0 signature over the raw body with
// Bolt's isValidSlackRequest (HMAC-SHA256, 5-minute window, constant-time compare), answers
// url_verification, acknowledges Events API callbacks at once — the answer goes out later through
// chat.postMessage, well inside Slack's 3 seconds — and acknowledges a redelivered event_id without
// processing it again.
import type { Request, Response } from 'restify';
import { isValidSlackRequest, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { SeenOnce } from '../dedupe';
import { describeError, type Log } from '../log';

export interface SlackReceiverOptions {
  signingSecret: string;
  seen: SeenOnce;
  log: Log;
  /** Interactive payloads the listener has not acknowledged by then are acknowledged anyway. */
  ackTimeoutMs?: number;
}

type Body = Record<string, unknown>;

function rawBodyOf(req: Request): string {
  const raw = (req as Request & { rawBody?: string | Buffer }).rawBody;
  if (typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  return '';
}

function parseBody(raw: string, contentType: string): Body | undefined {
  try {
    if (contentType.includes('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      return payload ? (JSON.parse(payload) as Body) : Object.fromEntries(form);
    }
    return JSON.parse(raw) as Body;
  } catch {
    return undefined;
  }
}

export class RestifySlackReceiver implements Receiver {
  private app?: App;

  constructor(private readonly options: SlackReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** The restify handler for POST /api/slack/events. */
  readonly handle = async (req: Request, res: Response): Promise<void> => {
    const raw = rawBodyOf(req);
    const signature = req.header('x-slack-signature');
    const timestamp = Number(req.header('x-slack-request-timestamp'));
    const valid =
      !!signature &&
      Number.isFinite(timestamp) &&
      isValidSlackRequest({ signingSecret: this.options.signingSecret, body: raw, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } });
    if (!valid) {
      this.options.log.info('slack-refused', { reason: 'signature' });
      res.send(401, { error: 'invalid signature' });
      return;
    }
    const body = parseBody(raw, String(req.header('content-type') ?? ''));
    if (!body) {
      res.send(400, { error: 'unreadable body' });
      return;
    }
    if (body.type === 'url_verification') {
      res.send(200, { challenge: body.challenge });
      return;
    }
    if (body.ssl_check) {
      res.send(200);
      return;
    }
    const retryNum = Number(req.header('x-slack-retry-num') ?? '') || undefined;
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId && !this.options.seen.firstTime(`slack|${eventId}`)) {
      this.options.log.info('slack-duplicate', { retryNum });
      res.send(200);
      return;
    }

    let acked = false;
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) return;
      acked = true;
      clearTimeout(timer);
      if (response === undefined || response === '') res.send(200);
      else res.send(200, response as object);
    };
    const timer = setTimeout(() => void ack(), this.options.ackTimeoutMs ?? 2500);
    // Events carry no response: acknowledge before any work so a slow answer never triggers a retry.
    if (body.type === 'event_callback') await ack();

    const event: ReceiverEvent = { body, ack, retryNum, retryReason: req.header('x-slack-retry-reason') || undefined };
    if (!this.app) {
      await ack();
      return;
    }
    this.app.processEvent(event).catch((err) => {
      this.options.log.error('slack-process-error', { error: describeError(err) });
      void ack();
    });
  };
}
