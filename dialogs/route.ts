// Where a message goes, decided once for every channel: start a flow, list the flows, continue the
// active flow, say a stale guide button has no flow behind it, or pass to the diagnosis. Used by
// createGuide (botbuilder, state in conversation state) and by GuideSession (any store, e.g. the
// direct Slack app), so both behave the same.

import type { Language } from '../core/model/evidence';
import { detectLanguage } from '../core/nlp';
import type { Knowledge } from '../knowledge/graph';
import { flowForQuestion, parseGuideCommand } from './find-flow';

export type GuideRoute =
  | { kind: 'start'; flowId: string; language: Language }
  | { kind: 'list'; unknown?: string; language: Language }
  | { kind: 'continue' }
  | { kind: 'stale'; language: Language }
  | { kind: 'pass' };

export interface RouteInput {
  text?: string;
  /** A card / Block Kit button's value. */
  value?: unknown;
  /** Files came with the message. */
  hasFiles?: boolean;
  /** A flow is waiting for this conversation's answer. */
  active: boolean;
  /** The client's locale ("de-DE"), when the channel says. */
  locale?: string;
}

const GERMAN_COMMAND = /^\s*\/?(anleitung|leitfaden)\b/i;

/** A start request carried by a button: { certsleuth: 'guide', flow } or the short { guide: 'scep' }. */
export function flowOfValue(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { certsleuth?: unknown; flow?: unknown; guide?: unknown };
  if (v.certsleuth === 'guide' && typeof v.flow === 'string') return v.flow;
  if (typeof v.guide === 'string') return v.guide;
  return undefined;
}

function isGuideValue(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as { certsleuth?: unknown }).certsleuth === 'guide';
}

/** German for "anleitung …", the text's language when it says enough, else the client's locale. */
export function languageOf(text: string, locale?: string): Language {
  if (GERMAN_COMMAND.test(text)) return 'de';
  if (text.trim().split(/\s+/).length > 2) return detectLanguage(text);
  return /^de\b/i.test(locale ?? '') ? 'de' : 'en';
}

export function routeGuideMessage(knowledge: Knowledge, input: RouteInput): GuideRoute {
  const text = (input.text ?? '').trim();
  // Most turns are pastes for the diagnosis: the language is worked out only when the guide answers.
  const language = () => languageOf(text, input.locale);
  const startFlow = flowOfValue(input.value);
  if (startFlow) return knowledge.flows.has(startFlow) ? { kind: 'start', flowId: startFlow, language: language() } : { kind: 'list', unknown: startFlow, language: language() };
  const command = parseGuideCommand(knowledge, text);
  if (command?.kind === 'list') return { kind: 'list', language: language(), ...(command.unknown ? { unknown: command.unknown } : {}) };
  if (command?.kind === 'start') return { kind: 'start', flowId: command.flow.id, language: language() };
  if (input.active) return { kind: 'continue' };
  // A button of a flow that has ended: say so rather than diagnose the button.
  if (isGuideValue(input.value)) return { kind: 'stale', language: language() };
  const flow = input.hasFiles ? undefined : flowForQuestion(knowledge, text);
  return flow ? { kind: 'start', flowId: flow.id, language: language() } : { kind: 'pass' };
}
