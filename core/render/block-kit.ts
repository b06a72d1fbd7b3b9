// The Reply as Slack Block Kit — a pure function of the reply model, used both for Azure Bot
// Service's Slack channel (in channelData) and for the direct Slack app (chat.postMessage).
// Slack's limits: at most 50 blocks, a section's text at most 3,000 characters, a header's 150;
// users hit `msg_blocks_too_long` near 13,000 characters in total, well below the documented
// figures (bolt-js#2509), so the whole message is kept under a character budget too.

import type { Finding, Reply, Step } from '../model/reply';
import { clip, confidenceText, labelsFor, renderSummaryLine, type Labels } from './plain-text';

export type Block = Record<string, unknown>;
export interface BlockKitMessage {
  /** Notification and accessibility fallback. */
  text: string;
  blocks: Block[];
}

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, totalChars: 12_000, contextText: 2000 } as const;

/** Slack mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A code block: backticks inside would end it early, so they are swapped for a look-alike. */
function codeBlock(t: string): string {
  return '```' + escapeMrkdwn(t.replace(/```/g, 'ˋˋˋ')) + '```';
}

function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(mrkdwn, SLACK_LIMITS.sectionText) } };
}

function stepsText(title: string, list: Step[]): string {
  const lines = [`*${escapeMrkdwn(title)}*`];
  list.forEach((s, i) => {
    lines.push(`${i + 1}. ${escapeMrkdwn(s.text)}`);
    if (s.command) lines.push(codeBlock(clip(s.command, 1200)));
  });
  return lines.join('\n');
}

function topFinding(f: Finding, labels: Labels, quoteCount = 4, quoteChars = 400): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(f.title, SLACK_LIMITS.headerText), emoji: true } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(confidenceText(f, labels)) }] },
    section(escapeMrkdwn(f.summary) + (f.cause ? `\n*${labels.cause}:* ${escapeMrkdwn(f.cause)}` : '')),
  ];
  if (f.evidence.length) {
    const quotes = f.evidence.slice(0, quoteCount).map((e) => `${escapeMrkdwn(e.label)}\n${codeBlock(clip(e.quote, quoteChars))}`);
    blocks.push(section(`*${labels.evidence}*\n${quotes.join('\n')}`));
  }
  if (f.remediation.length) blocks.push(section(stepsText(labels.fix, f.remediation)));
  if (f.verify.length) blocks.push(section(stepsText(labels.verify, f.verify)));
  const refs = f.references.filter((r) => r.url || r.note);
  if (refs.length) {
    const links = refs.map((r) => (r.url ? `<${r.url}|${escapeMrkdwn(r.title).replace(/\|/g, '/')}>` : escapeMrkdwn(r.title)) + (r.note ? ` (${escapeMrkdwn(r.note)})` : ''));
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(`${labels.sources}: ${links.join(' · ')}`, SLACK_LIMITS.contextText) }] });
  }
  return blocks;
}

function totalChars(blocks: Block[]): number {
  return JSON.stringify(blocks).length;
}

/** The reply as Block Kit within Slack's limits; later sections are dropped first when over budget. */
export function renderBlockKit(reply: Reply): BlockKitMessage {
  const labels = labelsFor(reply.language);
  const head: Block[] = [];
  const tail: Block[][] = [];
  const [top, ...rest] = reply.findings;
  if (top) {
    head.push(...topFinding(top, labels));
    // Long quotes are the first thing to give up: the fix matters more than the whole log line.
    if (totalChars(head) > SLACK_LIMITS.totalChars) head.splice(0, head.length, ...topFinding(top, labels, 1, 200));
  }
  else head.push(section(`*${escapeMrkdwn(labels.noFindings)}*`));

  if (rest.length) {
    const lines = rest.slice(0, 8).map((f) => `• *${escapeMrkdwn(f.title)}* — ${escapeMrkdwn(confidenceText(f, labels))}\n   ${escapeMrkdwn(clip(f.summary, 240))}`);
    tail.push([{ type: 'divider' }, section(`*${labels.moreFindings}*\n${lines.join('\n')}`)]);
  }
  if (reply.decoded.length) {
    const lines = reply.decoded.slice(0, 15).map((c) => `\`${c.hex}\` ${escapeMrkdwn([c.name, c.message].filter(Boolean).join(': '))}`);
    tail.push([section(`*${labels.decoded}*\n${lines.join('\n')}`)]);
  }
  if (reply.facts.length) {
    const lines = reply.facts.slice(0, 15).map((f) => `*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(clip(f.value, 200))}`);
    tail.push([section(`*${labels.facts}*\n${lines.join('\n')}`)]);
  }
  if (reply.notes.length) tail.push([section(`*${labels.notes}*\n${reply.notes.slice(0, 8).map((n) => `:warning: ${escapeMrkdwn(clip(n, 400))}`).join('\n')}`)]);
  if (reply.followUps.length) tail.push([section(`*${labels.followUps}*\n${reply.followUps.slice(0, 6).map((q) => `• ${escapeMrkdwn(clip(q, 300))}`).join('\n')}`)]);
  if (top) {
    tail.push([
      {
        type: 'actions',
        block_id: 'certsleuth_feedback',
        elements: [
          { type: 'button', action_id: 'certsleuth_feedback_right', text: { type: 'plain_text', text: `👍 ${labels.right}`, emoji: true }, value: top.id.slice(0, 2000) },
          { type: 'button', action_id: 'certsleuth_feedback_wrong', text: { type: 'plain_text', text: `👎 ${labels.wrong}`, emoji: true }, value: top.id.slice(0, 2000) },
        ],
      },
    ]);
  }

  // Keep the top finding whole; add the later groups while they fit.
  const blocks = [...head];
  while (totalChars(blocks) > SLACK_LIMITS.totalChars && blocks.length > 3) blocks.splice(blocks.length - 1, 1);
  for (const group of tail) {
    if (blocks.length + group.length > SLACK_LIMITS.blocks) break;
    if (totalChars(blocks) + totalChars(group) > SLACK_LIMITS.totalChars) continue;
    blocks.push(...group);
  }
  return { text: renderSummaryLine(reply), blocks };
}
