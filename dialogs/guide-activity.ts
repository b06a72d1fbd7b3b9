// A guide message as the activity each channel shows best: Block Kit in channelData for Slack (Azure
// Bot Service passes it to chat.postMessage), plain text with numbered choices for channels that
// cannot show buttons, and an Adaptive Card with Action.Submit buttons for the rest (Teams, Web Chat,
// the playground, the Emulator), with the plain text as its fallback.

import type { Activity } from 'botbuilder';
import type { GuideMessage } from './guide-model';
import { ADAPTIVE_CARD_CONTENT_TYPE, guideToAdaptiveCard } from './render/adaptive-card';
import { guideToBlockKit } from './render/block-kit';
import { guideToText } from './render/plain-text';

export type GuideActivityRenderer = (message: GuideMessage, channelId: string) => Partial<Activity>;

/** Bot Framework channels that show text only (no cards, no buttons). */
export const TEXT_ONLY_CHANNELS = new Set(['sms', 'email', 'telephony', 'console', 'groupme', 'kik']);

export function guideActivity(message: GuideMessage, channelId: string): Partial<Activity> {
  if (channelId === 'slack') {
    const { text, blocks } = guideToBlockKit(message);
    return { type: 'message', text, channelData: { text, blocks } };
  }
  const text = guideToText(message);
  if (TEXT_ONLY_CHANNELS.has(channelId)) return { type: 'message', text };
  const card = guideToAdaptiveCard(message);
  return { type: 'message', text: message.text, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}
