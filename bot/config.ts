// Settings from the environment, read in one place so the rest of the bot takes them as a plain
// object (and tests build one without touching process.env).

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
}

type Env = Record<string, string | undefined>;

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
  };
}

export function slackEnabled(config: BotConfig): boolean {
  return config.slackSigningSecret !== '' && config.slackBotToken !== '';
}
