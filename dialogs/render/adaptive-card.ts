// A guide message as an Adaptive Card (schema 1.5, what Teams and the playground render) with
// Action.Submit buttons whose data is the button's GuideButtonValue ({ certsleuth: 'guide', … }),
// so a click arrives as activity.value. Commands and quotes go in monospace TextRuns: TextBlocks
// would read `*` and `_` in them as markdown.

import type { Step } from '../../core/model/reply';
import type { GuideMessage } from '../guide-model';
import { guideTexts } from '../guide-texts';
import { clip, findingSteps, headerOf, titleOf } from './parts';
import { guideToText } from './plain-text';

export type CardElement = Record<string, unknown>;
export interface GuideCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const QUOTE_CHARS = 400;
const COMMAND_CHARS = 1200;

const text = (t: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
const mono = (t: string): CardElement => ({
  type: 'RichTextBlock',
  inlines: [{ type: 'TextRun', text: t, fontType: 'Monospace', size: 'Small' }],
});

function stepsBlock(label: string, steps: Step[]): CardElement[] {
  const out: CardElement[] = [text(label, { weight: 'Bolder', spacing: 'Medium' })];
  steps.forEach((s, i) => {
    out.push(text(`${i + 1}. ${s.text}`, { spacing: 'Small' }));
    if (s.command) out.push(mono(clip(s.command, COMMAND_CHARS)));
  });
  return out;
}

export function guideToAdaptiveCard(m: GuideMessage): GuideCard {
  const t = guideTexts(m.language);
  const body: CardElement[] = [];
  const header = headerOf(m);
  if (header) body.push(text(header, { isSubtle: true, size: 'Small' }));
  const title = titleOf(m);
  if (title) body.push(text(title, { weight: 'Bolder', size: 'Medium' }));
  body.push(text(m.text));
  if (m.location) body.push({ type: 'FactSet', facts: [{ title: t.whereLabel, value: m.location }] });
  if (m.command) body.push(text(t.runLabel, { weight: 'Bolder', spacing: 'Small' }), mono(clip(m.command, COMMAND_CHARS)));
  if (m.healthy) body.push(text(`${t.healthyLabel}: ${m.healthy}`, { isSubtle: true }));
  for (const q of m.evidence ?? []) body.push(mono(clip(q.quote, QUOTE_CHARS)));
  if (m.finding) {
    body.push(text(m.finding.title, { weight: 'Bolder', size: 'Medium', color: 'Attention' }));
    if (m.finding.summary) body.push(text(m.finding.summary));
    for (const q of m.finding.evidence.slice(0, 3)) body.push(mono(clip(q.quote, QUOTE_CHARS)));
    for (const part of findingSteps(m)) body.push(...stepsBlock(part.label, part.steps));
  }
  for (const f of (m.findings ?? []).slice(0, 3)) body.push(text(`**${f.title}**`), text(f.summary, { isSubtle: true, spacing: 'None' }));
  for (const f of m.flows ?? []) body.push(text(`**${f.title}** (guide ${f.id})`), text(f.summary, { isSubtle: true, spacing: 'None' }));

  const card: GuideCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    fallbackText: guideToText(m),
  };
  if (m.buttons.length) card.actions = m.buttons.map((b) => ({ type: 'Action.Submit', title: b.label, data: b.value }));
  return card;
}
