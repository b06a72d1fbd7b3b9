// The card a team, group chat or person sees when the bot is added: what to paste, examples,
// the commands, and the privacy note — before anyone pastes a private key by mistake.
import type { AdaptiveCard } from '../core/render/adaptive-card';
import { EXAMPLES } from './commands/help';

export function welcomeCard(): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: 'CertSleuth: paste a Windows certificate or PKI error and I name the cause and the fix. Type help for examples.',
    body: [
      { type: 'TextBlock', text: 'Hi, I am CertSleuth', size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'Paste a Windows certificate or PKI error — an error message, an event, a log, certutil output — or attach a certificate or log file in a personal chat. I name the likely cause, quote the evidence, and give the fix and how to verify it.', wrap: true },
      { type: 'TextBlock', text: 'For example', weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: EXAMPLES.map((e) => `- ${e}`).join('\n'), wrap: true },
      { type: 'TextBlock', text: 'Commands: help, explain <code>, topics, guide <topic>, about, reset', wrap: true, isSubtle: true },
      { type: 'TextBlock', text: '🔒 Never paste private keys or passwords. I do not log what you paste, and I keep the evidence of your last few messages for at most an hour to correlate them (reset forgets it).', wrap: true, color: 'Attention', spacing: 'Medium' },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Show examples', data: { certsleuth: 'command', command: 'help' } },
      { type: 'Action.Submit', title: 'Topics', data: { certsleuth: 'command', command: 'topics' } },
    ],
  };
}
