// The Reply as an Adaptive Card (schema 1.5, the highest Teams renders) — a pure function of the
// reply model, no botbuilder here. Layout: the top finding in full (title, confidence, the evidence
// quoted, numbered fix steps with commands in monospace, how to verify, sources as links), the other
// findings behind a toggle, then decoded codes, facts, notes and follow-ups, then feedback buttons.
// Commands and quotes go in RichTextBlock TextRuns: TextBlocks would read `*` and `_` as markdown.
// Teams refuses messages over ~100 KB and advises 80 KB, so the card is shrunk until it fits.

import type { Finding, Reply, Step } from '../model/reply';
import { clip, confidenceText, labelsFor, renderSummaryLine, type Labels } from './plain-text';

export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  msteams?: { width: 'Full' };
}

/** What a card button sends back (Action.Submit data); the bot routes on `certsleuth`. */
export interface CardActionData {
  certsleuth: 'feedback' | 'command';
  verdict?: 'right' | 'wrong';
  finding?: string;
  command?: string;
}

export interface AdaptiveCardOptions {
  /** Upper bound of the card's JSON (UTF-16 code units, as Teams counts); Teams recommends under 80 KB per message. */
  maxBytes?: number;
  /** Show every finding expanded (the "show all findings" follow-up). */
  expandAll?: boolean;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
const DEFAULT_MAX_BYTES = 60_000;

/** How much detail fits; lowered step by step when the card is too big. */
interface Budget {
  quoteChars: number;
  quotesPerFinding: number;
  otherFindings: number;
  otherInFull: boolean;
  decoded: number;
}

const BUDGETS: Budget[] = [
  { quoteChars: 600, quotesPerFinding: 6, otherFindings: 6, otherInFull: true, decoded: 20 },
  { quoteChars: 300, quotesPerFinding: 4, otherFindings: 4, otherInFull: true, decoded: 12 },
  { quoteChars: 200, quotesPerFinding: 3, otherFindings: 4, otherInFull: false, decoded: 8 },
  { quoteChars: 120, quotesPerFinding: 2, otherFindings: 2, otherInFull: false, decoded: 4 },
  { quoteChars: 80, quotesPerFinding: 1, otherFindings: 0, otherInFull: false, decoded: 2 },
];

function text(t: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: t, wrap: true, ...extra };
}

function mono(t: string, extra: CardElement = {}): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: t, fontType: 'Monospace', size: 'Small' }], ...extra };
}

function heading(t: string): CardElement {
  return text(t, { weight: 'Bolder', spacing: 'Medium' });
}

/** Markdown link text must not close the bracket early. */
function linkTitle(t: string): string {
  return t.replace(/[[\]]/g, '');
}

function steps(list: Step[], budget: Budget): CardElement[] {
  const out: CardElement[] = [];
  list.forEach((s, i) => {
    out.push({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: `${i + 1}. ${s.text}` }],
      spacing: 'Small',
    });
    if (s.command) {
      out.push({ type: 'Container', style: 'emphasis', spacing: 'Small', items: [mono(clip(s.command, budget.quoteChars * 4))] });
    }
  });
  return out;
}

/**
 * One finding in full. Quotes in `shown` are already on the card (findings often rest on the same
 * lines): they are named, not repeated, and the ones shown here are added to it.
 */
function findingBody(f: Finding, labels: Labels, budget: Budget, isTop: boolean, shown: Set<string>): CardElement[] {
  const body: CardElement[] = [
    text(f.title, { size: isTop ? 'Large' : 'Medium', weight: 'Bolder', style: isTop ? 'heading' : undefined }),
    text(confidenceText(f, labels), { isSubtle: true, spacing: 'None', color: f.confidenceLabel === 'high' ? 'Good' : f.confidenceLabel === 'medium' ? 'Warning' : 'Default' }),
    text(f.summary),
  ];
  if (f.cause) body.push(text(`**${labels.cause}:** ${f.cause}`));
  if (f.evidence.length) {
    body.push(heading(labels.evidence));
    let repeated = 0;
    for (const e of f.evidence.slice(0, budget.quotesPerFinding)) {
      if (shown.has(e.quote)) {
        repeated++;
        continue;
      }
      shown.add(e.quote);
      body.push({
        type: 'Container',
        style: 'emphasis',
        spacing: 'Small',
        items: [text(e.label + (e.source ? ` — ${e.source}` : ''), { isSubtle: true, size: 'Small' }), mono(clip(e.quote, budget.quoteChars))],
      });
    }
    if (repeated) body.push(text(labels.evidenceAbove, { isSubtle: true, size: 'Small', spacing: 'Small' }));
  }
  if (f.remediation.length) body.push(heading(labels.fix), ...steps(f.remediation, budget));
  if (f.verify.length) body.push(heading(labels.verify), ...steps(f.verify, budget));
  const refs = f.references.filter((r) => r.url || r.note);
  if (refs.length) {
    body.push(heading(labels.sources));
    body.push(text(refs.map((r) => `- ${r.url ? `[${linkTitle(r.title)}](${r.url})` : r.title}${r.note ? ` (${r.note})` : ''}`).join('\n'), { size: 'Small' }));
  }
  return body;
}

function otherFindings(reply: Reply, labels: Labels, budget: Budget, expandAll: boolean, shown: Set<string>): { body: CardElement[]; actions: CardElement[] } {
  const others = reply.findings.slice(1, 1 + budget.otherFindings);
  if (!others.length) return { body: [], actions: [] };
  const items: CardElement[] = [];
  for (const f of others) {
    const container = budget.otherInFull
      ? findingBody(f, labels, budget, false, shown)
      : [text(f.title, { weight: 'Bolder' }), text(`${confidenceText(f, labels)} — ${f.summary}`, { spacing: 'None', size: 'Small' })];
    items.push({ type: 'Container', separator: true, spacing: 'Medium', items: container });
  }
  const body: CardElement[] = [
    { type: 'Container', id: 'more-findings', isVisible: expandAll, separator: true, spacing: 'Large', items: [heading(`${labels.moreFindings} (${others.length})`), ...items] },
  ];
  const actions = expandAll ? [] : [{ type: 'Action.ToggleVisibility', title: `${labels.showAll} (${reply.findings.length})`, targetElements: ['more-findings'] }];
  return { body, actions };
}

function build(reply: Reply, budget: Budget, options: AdaptiveCardOptions): AdaptiveCard {
  const labels = labelsFor(reply.language);
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  const top = reply.findings[0];
  const shown = new Set<string>();
  if (top) body.push(...findingBody(top, labels, budget, true, shown));
  else body.push(text(labels.noFindings, { size: 'Medium', weight: 'Bolder' }));

  const more = otherFindings(reply, labels, budget, !!options.expandAll, shown);
  body.push(...more.body);
  actions.push(...more.actions);

  if (reply.decoded.length) {
    body.push(heading(labels.decoded));
    body.push({
      type: 'FactSet',
      facts: reply.decoded.slice(0, budget.decoded).map((c) => ({
        title: c.hex,
        value: clip([c.name, c.message].filter(Boolean).join(': ') || (c.known ? '' : 'unknown code'), 300),
      })),
    });
  }
  if (reply.facts.length) {
    body.push(heading(labels.facts));
    body.push({ type: 'FactSet', facts: reply.facts.slice(0, 20).map((f) => ({ title: clip(f.label, 60), value: clip(f.value, 300) })) });
  }
  if (reply.notes.length) {
    body.push(heading(labels.notes));
    for (const n of reply.notes.slice(0, 10)) body.push(text(`⚠ ${clip(n, 500)}`, { color: 'Attention', spacing: 'Small' }));
  }
  if (reply.followUps.length) {
    body.push(heading(labels.followUps));
    body.push(text(reply.followUps.slice(0, 6).map((q) => `- ${clip(q, 300)}`).join('\n')));
  }
  if (top) {
    const right: CardActionData = { certsleuth: 'feedback', verdict: 'right', finding: top.id };
    const wrong: CardActionData = { certsleuth: 'feedback', verdict: 'wrong', finding: top.id };
    actions.push({ type: 'Action.Submit', title: `👍 ${labels.right}`, data: right });
    actions.push({ type: 'Action.Submit', title: `👎 ${labels.wrong}`, data: wrong });
  }
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, fallbackText: renderSummaryLine(reply), msteams: { width: 'Full' } };
  if (actions.length) card.actions = actions;
  return card;
}

/**
 * Size of a card as Teams counts it: the UTF-16 length of its JSON (MicrosoftDocs/msteams-docs#13451).
 * For the ASCII-heavy text of error messages this equals the byte count.
 */
export function cardBytes(card: unknown): number {
  return JSON.stringify(card).length;
}

/**
 * An upper bound of the card's JSON length without building the string: every character of a string
 * at most doubles when escaped (control characters aside), keys and punctuation are counted as is.
 * Most replies are far under the limit, so the exact (allocating) measurement is rarely needed.
 */
function jsonLengthBound(value: unknown): number {
  if (typeof value === 'string') return value.length * 2 + 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 24;
  if (value === null || value === undefined) return 4;
  let n = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) n += jsonLengthBound(value[i]) + 1;
    return n;
  }
  // for…in rather than Object.entries: a card has hundreds of objects, and this runs on every reply.
  const record = value as Record<string, unknown>;
  for (const k in record) n += k.length + 4 + jsonLengthBound(record[k]);
  return n;
}

function fits(card: AdaptiveCard, max: number): boolean {
  return jsonLengthBound(card) <= max || cardBytes(card) <= max;
}

/** The reply as an Adaptive Card 1.5 under `maxBytes`, shrinking detail (never the top finding's title or fix) to fit. */
export function renderAdaptiveCard(reply: Reply, options: AdaptiveCardOptions = {}): AdaptiveCard {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let card = build(reply, BUDGETS[0], options);
  for (const budget of BUDGETS.slice(1)) {
    if (fits(card, max)) return card;
    card = build(reply, budget, options);
  }
  return card;
}

/** A card as a Bot Framework attachment. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
