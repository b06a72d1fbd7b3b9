// Plain text of a Reply: the fallback every chat channel shows where cards are not rendered
// (notifications, screen readers, old clients) and the body of the playground's transcript.
// Also home of the small label table and text helpers the card renderers share, so that the
// three channel renderers say the same thing in the same words.

import type { ConfidenceLabel, Finding, Reply, Step } from '../model/reply';
import type { Language } from '../model/evidence';

export interface Labels {
  noFindings: string;
  confidence: Record<ConfidenceLabel, string>;
  evidence: string;
  /** For a further finding whose quotes the card already shows above it. */
  evidenceAbove: string;
  cause: string;
  fix: string;
  verify: string;
  sources: string;
  moreFindings: string;
  decoded: string;
  facts: string;
  notes: string;
  followUps: string;
  showAll: string;
  right: string;
  wrong: string;
}

const EN: Labels = {
  noFindings: 'No known cause matched this input.',
  confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
  evidence: 'Evidence',
  evidenceAbove: 'The lines quoted above.',
  cause: 'Why',
  fix: 'Fix',
  verify: 'Verify',
  sources: 'Sources',
  moreFindings: 'Other possible causes',
  decoded: 'Codes decoded',
  facts: 'Facts',
  notes: 'Notes',
  followUps: 'To narrow it down',
  showAll: 'Show all findings',
  right: 'This was right',
  wrong: 'Not it',
};

const DE: Labels = {
  noFindings: 'Keine bekannte Ursache passt zu dieser Eingabe.',
  confidence: { high: 'hohe Sicherheit', medium: 'mittlere Sicherheit', low: 'geringe Sicherheit' },
  evidence: 'Belege',
  evidenceAbove: 'Die oben zitierten Zeilen.',
  cause: 'Warum',
  fix: 'Behebung',
  verify: 'Prüfen',
  sources: 'Quellen',
  moreFindings: 'Weitere mögliche Ursachen',
  decoded: 'Erkannte Codes',
  facts: 'Fakten',
  notes: 'Hinweise',
  followUps: 'Zur Eingrenzung',
  showAll: 'Alle Befunde zeigen',
  right: 'Das hat gepasst',
  wrong: 'Passt nicht',
};

export function labelsFor(language: Language | undefined): Labels {
  return language === 'de' ? DE : EN;
}

/** Cuts text to at most `max` characters, marking the cut so nobody mistakes it for the whole. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
}

/** "high confidence (92 %)" */
export function confidenceText(f: Finding, labels: Labels): string {
  const pct = Math.round(Math.max(0, Math.min(1, f.confidence)) * 100);
  return `${labels.confidence[f.confidenceLabel] ?? f.confidenceLabel} (${pct} %)`;
}

function stepLines(steps: Step[], indent: string): string[] {
  const out: string[] = [];
  steps.forEach((s, i) => {
    out.push(`${indent}${i + 1}. ${s.text}`);
    if (s.command) for (const line of s.command.split('\n')) out.push(`${indent}     ${line}`);
  });
  return out;
}

function findingLines(f: Finding, labels: Labels, full: boolean): string[] {
  const out = [`${f.title} — ${confidenceText(f, labels)}`, f.summary];
  if (!full) return out;
  if (f.cause) out.push(`${labels.cause}: ${f.cause}`);
  if (f.evidence.length) {
    out.push(`${labels.evidence}:`);
    for (const e of f.evidence) out.push(`  ${e.label}: "${clip(e.quote, 240)}"`);
  }
  if (f.remediation.length) out.push(`${labels.fix}:`, ...stepLines(f.remediation, '  '));
  if (f.verify.length) out.push(`${labels.verify}:`, ...stepLines(f.verify, '  '));
  if (f.references.length) {
    out.push(`${labels.sources}:`);
    for (const r of f.references) out.push(`  - ${r.title}${r.url ? ` <${r.url}>` : ''}${r.note ? ` (${r.note})` : ''}`);
  }
  return out;
}

/** The whole reply as plain text, top finding in full and the others as one-liners. */
export function renderPlainText(reply: Reply): string {
  const labels = labelsFor(reply.language);
  const out: string[] = [];
  const [top, ...rest] = reply.findings;
  if (top) out.push(...findingLines(top, labels, true));
  else out.push(labels.noFindings);
  if (rest.length) {
    out.push('', `${labels.moreFindings}:`);
    for (const f of rest) out.push(`  - ${f.title} — ${confidenceText(f, labels)}`);
  }
  if (reply.decoded.length) {
    out.push('', `${labels.decoded}:`);
    for (const c of reply.decoded) out.push(`  ${c.hex}${c.name ? ` ${c.name}` : ''}${c.message ? `: ${c.message}` : ''}`);
  }
  if (reply.facts.length) {
    out.push('', `${labels.facts}:`);
    for (const f of reply.facts) out.push(`  ${f.label}: ${f.value}`);
  }
  if (reply.notes.length) out.push('', `${labels.notes}:`, ...reply.notes.map((n) => `  ! ${n}`));
  if (reply.followUps.length) out.push('', `${labels.followUps}:`, ...reply.followUps.map((q) => `  ? ${q}`));
  return out.join('\n');
}

/** A one-line summary: the notification preview and the `text` beside a card. */
export function renderSummaryLine(reply: Reply): string {
  const labels = labelsFor(reply.language);
  const top = reply.findings[0];
  if (!top) return reply.decoded.length ? `${labels.noFindings} ${labels.decoded}: ${reply.decoded.map((c) => c.hex).join(', ')}` : labels.noFindings;
  return clip(`${top.title} — ${confidenceText(top, labels)}`, 300);
}
