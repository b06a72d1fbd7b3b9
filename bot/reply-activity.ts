// Turns an answer into the activity each Bot Framework channel shows best: Adaptive Card with a text
// fallback for Teams, Web Chat and the playground; Block Kit in channelData for Azure's Slack channel.
import type { Activity, Attachment } from 'botbuilder';
import type { Reply } from '../core';
import { renderAdaptiveCard, cardAttachment, type AdaptiveCard } from '../core/render/adaptive-card';
import { renderBlockKit, type BlockKitMessage } from '../core/render/block-kit';
import { renderPlainText, renderSummaryLine } from '../core/render/plain-text';
import type { CommandOutput } from './commands/command';
import { commandBlocks, commandCard, commandPlainText } from './command-render';
import { welcomeCard } from './welcome-card';
// One list of text-only channels for the whole bot, shared with the guide's renderer.
import { TEXT_ONLY_CHANNELS } from '../dialogs/guide-activity';

function cardActivity(card: AdaptiveCard, text: string): Partial<Activity> {
  return { type: 'message', text, attachments: [cardAttachment(card) as Attachment] };
}

function slackActivity(msg: BlockKitMessage): Partial<Activity> {
  // Azure Bot Service passes channelData through to chat.postMessage.
  return { type: 'message', text: msg.text, channelData: { text: msg.text, blocks: msg.blocks } };
}

/** A card button beyond the renderer's own (e.g. "Guide me: SCEP" from dialogs/). */
export interface ExtraButton {
  title: string;
  data: object;
}

export function replyActivity(reply: Reply, channelId: string, options: { expandAll?: boolean; buttons?: ExtraButton[] } = {}): Partial<Activity> {
  if (channelId === 'slack') return slackActivity(renderBlockKit(reply));
  if (TEXT_ONLY_CHANNELS.has(channelId)) return { type: 'message', text: renderPlainText(reply), textFormat: 'plain' };
  const card = renderAdaptiveCard(reply, { expandAll: options.expandAll });
  const extra = (options.buttons ?? []).map((b) => ({ type: 'Action.Submit', title: b.title, data: b.data }));
  if (extra.length) card.actions = [...extra, ...(card.actions ?? [])];
  return cardActivity(card, renderSummaryLine(reply));
}

export function commandActivity(out: CommandOutput, channelId: string): Partial<Activity> {
  if (channelId === 'slack') return slackActivity(commandBlocks(out));
  return cardActivity(commandCard(out), out.title);
}

/** The welcome: a card where cards show, its fallback text elsewhere. */
export function welcomeActivity(channelId: string): Partial<Activity> {
  const card = welcomeCard();
  if (channelId === 'slack' || TEXT_ONLY_CHANNELS.has(channelId)) return textActivity(card.fallbackText ?? 'Hi, I am CertSleuth.');
  return cardActivity(card, 'Hi, I am CertSleuth. Paste a certificate or PKI error.');
}

export function textActivity(text: string): Partial<Activity> {
  return { type: 'message', text };
}

export { commandPlainText };
