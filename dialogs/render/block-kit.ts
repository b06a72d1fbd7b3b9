// A guide message as Slack Block Kit: sections in mrkdwn, commands in code blocks, and an actions
// block of buttons whose value is the JSON of the GuideButtonValue (Slack gives it back in the
// block_actions payload as actions[0].value; guideValueOfSlackAction parses it).
// Slack's limits: a section's text at most 3,000 characters, a button's value at most 2,000.

import type { GuideButtonValue, GuideMessage } from '../guide-model';
import { guideTexts } from '../guide-texts';
import { clip, findingSteps, headerOf, titleOf } from './parts';
import { guideToText } from './plain-text';

export type Block = Record<string, unknown>;
export interface GuideBlockKit {
  text: string;
  blocks: Block[];
}

const SECTION_CHARS = 3000;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const code = (t: string) => '```' + esc(t.replace(/```/g, 'ˋˋˋ')) + '```';
const section = (mrkdwn: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: clip(mrkdwn, SECTION_CHARS) } });

export function guideToBlockKit(m: GuideMessage): GuideBlockKit {
  const t = guideTexts(m.language);
  const blocks: Block[] = [];
  const header = headerOf(m);
  if (header) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: esc(header) }] });
  const title = titleOf(m);
  blocks.push(section([title ? `*${esc(title)}*` : undefined, esc(m.text)].filter(Boolean).join('\n')));
  const details: string[] = [];
  if (m.location) details.push(`*${t.whereLabel}:* ${esc(m.location)}`);
  if (m.command) details.push(`*${t.runLabel}:*\n${code(m.command)}`);
  if (m.healthy) details.push(`*${t.healthyLabel}:* ${esc(m.healthy)}`);
  for (const q of m.evidence ?? []) details.push(code(clip(q.quote, 400)));
  if (details.length) blocks.push(section(details.join('\n')));
  if (m.finding) {
    blocks.push(section(`*${esc(m.finding.title)}*\n${esc(m.finding.summary)}`));
    for (const part of findingSteps(m)) {
      const lines = [`*${esc(part.label)}*`];
      part.steps.forEach((s, i) => {
        lines.push(`${i + 1}. ${esc(s.text)}`);
        if (s.command) lines.push(code(clip(s.command, 1200)));
      });
      blocks.push(section(lines.join('\n')));
    }
  }
  for (const f of (m.findings ?? []).slice(0, 3)) blocks.push(section(`*${esc(f.title)}*\n${esc(f.summary)}`));
  for (const f of m.flows ?? []) blocks.push(section(`*${esc(f.title)}* (\`guide ${esc(f.id)}\`)\n${esc(f.summary)}`));
  if (m.buttons.length) {
    blocks.push({
      type: 'actions',
      block_id: 'certsleuth_guide',
      elements: m.buttons.map((b, i) => ({
        type: 'button',
        action_id: `guide_${b.choice}_${i}`,
        text: { type: 'plain_text', text: clip(b.label, 75) },
        value: JSON.stringify(b.value),
        ...(b.choice === 'cancel' ? { style: 'danger' } : b.choice === 'yes' || b.choice === 'start' ? { style: 'primary' } : {}),
      })),
    });
  }
  return { text: guideToText(m), blocks };
}

/** A Slack button's value back as the guide's button value (undefined when it is not one of ours). */
export function guideValueOfSlackAction(value: string | undefined): GuideButtonValue | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as unknown;
    return v && typeof v === 'object' && (v as { certsleuth?: unknown }).certsleuth === 'guide' ? (v as GuideButtonValue) : undefined;
  } catch {
    return undefined;
  }
}
