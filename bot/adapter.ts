// The Bot Framework adapter: CloudAdapter with authentication from the configuration. An empty app id
// turns authentication off (local playground, emulator); with an app id, requests without a valid
// token are refused with 401 by the adapter itself. onTurnError answers with an error id the user can
// quote and logs the failure without the message text.
import { randomBytes } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationState } from 'botbuilder';
import type { BotConfig } from './config';
import { ReusingBotFrameworkAuthentication } from './reused-clients';
import { describeError, type Log } from './log';

export function createAdapter(config: BotConfig, conversationState: ConversationState, log: Log): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new CloudAdapter(new ReusingBotFrameworkAuthentication(auth));
  adapter.onTurnError = async (context, error) => {
    const errorId = randomBytes(4).toString('hex');
    log.error('turn-error', { errorId, channelId: context.activity.channelId, activityType: context.activity.type, error: describeError(error) });
    try {
      await context.sendActivity(`Sorry, something went wrong on my side (error id ${errorId}). Please try again; if it keeps happening, give this id to whoever runs CertSleuth.`);
      await conversationState.delete(context);
    } catch (sendError) {
      log.error('turn-error-reply-failed', { errorId, error: describeError(sendError) });
    }
  };
  return adapter;
}
