// The pieces every guide renderer shows, in order, so that Teams, Slack and plain text say the same
// thing: a header (flow · step n of m), the step title, the text, where / run / healthy, evidence
// quoted, the finding (title, summary, fix, verify), other findings, the flow list.

import type { Step } from '../../core/model/reply';
import type { GuideMessage } from '../guide-model';
import { guideTexts } from '../guide-texts';

export function headerOf(m: GuideMessage): string | undefined {
  const t = guideTexts(m.language);
  if (!m.flowTitle) return undefined;
  return m.stepNumber && m.stepCount && m.kind !== 'done' ? `${m.flowTitle} · ${t.stepOf(m.stepNumber, m.stepCount)}` : m.flowTitle;
}

/** The step title is shown for a question, and for a verdict only when there is no finding title. */
export function titleOf(m: GuideMessage): string | undefined {
  if (m.kind === 'step' || m.kind === 'unclear') return m.stepTitle;
  return undefined;
}

export interface LabeledSteps {
  label: string;
  steps: Step[];
}

export function findingSteps(m: GuideMessage): LabeledSteps[] {
  if (!m.finding) return [];
  const t = guideTexts(m.language);
  return [
    { label: t.fixLabel, steps: m.finding.remediation },
    { label: t.verifyLabel, steps: m.finding.verify },
  ].filter((s) => s.steps.length);
}

/** Text-channel choices: "1 Yes · 2 No · 3 Skip". Flow lists are started by command instead. */
export function numberedChoices(m: GuideMessage): string | undefined {
  if (m.kind === 'list' || m.buttons.length === 0) return undefined;
  return `${guideTexts(m.language).numberedHint} ${m.buttons.map((b, i) => `${i + 1} ${b.label}`).join(' · ')}`;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
