// Settings from the environment, read in one place so the rest of the bot takes them as a plain
// object (and tests build one without touching process.env).
import { availableParallelism } from 'node:os';

export interface BotConfig {
  port: number;
  /** Interface to listen on: all interfaces with an app id, loopback without one (HOST overrides). */
  host?: string;
  /** Bot Framework identity. Empty app id = authentication off (local playground, emulator). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  /** MultiTenant, SingleTenant or UserAssignedMSI. */
  microsoftAppType: string;
  microsoftAppTenantId: string;
  /** Direct Slack (Events API); both are needed to turn it on. */
  slackSigningSecret: string;
  slackBotToken: string;
  /** Slack Web API base; tests point it at a fake on loopback. */
  slackApiUrl?: string;
  /** The local chat page at GET /: on only when no app id is configured. */
  playground: boolean;
  /**
   * TEST ONLY: lets attachment downloads use plain http://127.0.0.1 and skip the host allow-list for
   * loopback, so tests can serve files locally. Never set in production.
   */
  testAllowLoopbackDownloads: boolean;
  /** Worker threads for diagnoses (CERTSLEUTH_DIAGNOSIS_WORKERS); 0 keeps them in the event loop. */
  diagnosisWorkers: number;
  /** A diagnosis running longer is stopped and the user told (CERTSLEUTH_DIAGNOSIS_TIMEOUT_MS). */
  diagnosisTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

/** One worker per spare core (the event loop keeps one), at least one, at most four. */
const DEFAULT_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
const DEFAULT_DIAGNOSIS_TIMEOUT_MS = 30_000;

function count(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function loadConfig(env: Env = process.env): BotConfig {
  const appId = (env.MicrosoftAppId ?? '').trim();
  const port = Number.parseInt(env.PORT ?? '', 10);
  return {
    port: Number.isFinite(port) && port >= 0 ? port : 3978,
    // With authentication off, anyone who can reach the port can drive the bot: stay on loopback unless told otherwise.
    host: env.HOST || (appId === '' ? '127.0.0.1' : undefined),
    microsoftAppId: appId,
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType || 'MultiTenant',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    slackSigningSecret: env.SLACK_SIGNING_SECRET ?? '',
    slackBotToken: env.SLACK_BOT_TOKEN ?? '',
    slackApiUrl: env.SLACK_API_URL || undefined,
    playground: appId === '',
    testAllowLoopbackDownloads: env.CERTSLEUTH_TEST_ALLOW_LOOPBACK_DOWNLOADS === '1',
    diagnosisWorkers: Math.min(16, count(env.CERTSLEUTH_DIAGNOSIS_WORKERS, DEFAULT_WORKERS)),
    diagnosisTimeoutMs: count(env.CERTSLEUTH_DIAGNOSIS_TIMEOUT_MS, DEFAULT_DIAGNOSIS_TIMEOUT_MS) || DEFAULT_DIAGNOSIS_TIMEOUT_MS,
  };
}

export function slackEnabled(config: BotConfig): boolean {
  return config.slackSigningSecret !== '' && config.slackBotToken !== '';
}
