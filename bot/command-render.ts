// Renders a command's answer for each channel: an Adaptive Card for Teams and the playground,
// Block Kit for Slack, plain text as the fallback.
import type { CommandOutput } from './commands/command';
import type { AdaptiveCard, CardElement } from '../core/render/adaptive-card';
import { escapeMrkdwn, type BlockKitMessage } from '../core/render/block-kit';
import { clip } from '../core/render/plain-text';

export function commandPlainText(out: CommandOutput): string {
  const parts = [out.title];
  for (const s of out.sections) {
    if (s.title) parts.push('', s.title);
    parts.push(...s.lines.map((l) => (s.title ? `- ${l}` : l)));
  }
  return parts.join('\n');
}

export function commandCard(out: CommandOutput): AdaptiveCard {
  const body: CardElement[] = [{ type: 'TextBlock', text: out.title, size: 'Large', weight: 'Bolder', wrap: true }];
  for (const s of out.sections) {
    if (s.title) body.push({ type: 'TextBlock', text: s.title, weight: 'Bolder', wrap: true, spacing: 'Medium' });
    for (const line of s.lines) {
      body.push({ type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: clip(line, 2000), ...(s.monospace ? { fontType: 'Monospace' } : {}) }] });
    }
  }
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, fallbackText: clip(commandPlainText(out), 1000) };
}

export function commandBlocks(out: CommandOutput): BlockKitMessage {
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: { type: 'plain_text', text: clip(out.title, 150) } }];
  for (const s of out.sections.slice(0, 45)) {
    const lines = s.lines.map((l) => (s.monospace ? '`' + escapeMrkdwn(l).replace(/`/g, "'") + '`' : escapeMrkdwn(l)));
    const body = (s.title ? `*${escapeMrkdwn(s.title)}*\n` : '') + (s.title ? lines.map((l) => `• ${l}`) : lines).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(body, 3000) } });
  }
  return { text: clip(commandPlainText(out), 3000), blocks };
}
