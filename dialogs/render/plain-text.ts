// A guide message as plain text with numbered choices, for channels without buttons (SMS-like
// channels, the CLI, the Teams notification fallback). The numbers map back to the choices the
// engine remembers (GuideState.choices), so "2" answers "No".

import type { GuideMessage } from '../guide-model';
import { guideTexts } from '../guide-texts';
import { findingSteps, headerOf, numberedChoices, titleOf } from './parts';

export function guideToText(m: GuideMessage): string {
  const t = guideTexts(m.language);
  const lines: string[] = [];
  const header = headerOf(m);
  if (header) lines.push(`[${header}]`);
  const title = titleOf(m);
  if (title) lines.push(title);
  lines.push(m.text);
  if (m.location) lines.push(`${t.whereLabel}: ${m.location}`);
  if (m.command) lines.push(`${t.runLabel}: ${m.command}`);
  if (m.healthy) lines.push(`${t.healthyLabel}: ${m.healthy}`);
  for (const q of m.evidence ?? []) lines.push(`  > ${q.quote}`);
  if (m.finding) {
    lines.push(m.finding.title);
    if (m.finding.summary) lines.push(m.finding.summary);
    for (const q of m.finding.evidence.slice(0, 3)) lines.push(`  > ${q.quote}`);
    for (const part of findingSteps(m)) {
      lines.push(`${part.label}:`);
      part.steps.forEach((s, i) => {
        lines.push(`  ${i + 1}. ${s.text}`);
        if (s.command) lines.push(`     ${s.command}`);
      });
    }
  }
  for (const f of (m.findings ?? []).slice(0, 3)) lines.push(`- ${f.title}: ${f.summary}`);
  for (const f of m.flows ?? []) lines.push(`- guide ${f.id}: ${f.title}`);
  const choices = numberedChoices(m);
  if (choices) lines.push(choices);
  return lines.join('\n');
}
