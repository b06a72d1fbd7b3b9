// The guide's channel-neutral message model and its state. The engine (guide-engine.ts) speaks only
// in these types; the dialog (guide-dialog.ts) stores GuideState in conversation state and the
// renderers (render/*) turn a GuideMessage into an Adaptive Card, Block Kit or numbered text.
// Everything here is plain JSON so that state survives any Storage (MemoryStorage, Blob, Cosmos).

import type { Language } from '../core/model/evidence';
import type { EvidenceQuote, Finding, Reference, Step } from '../core/model/reply';

/** What a button (or its number, on channels without buttons) means to the engine. */
export type GuideChoice = 'yes' | 'no' | 'skip' | 'back' | 'cancel' | 'resume' | 'start';

export interface GuideButton {
  choice: GuideChoice;
  label: string;
  /** What the card / Block Kit button sends back (Action.Submit data, Slack button value). */
  value: GuideButtonValue;
}

/**
 * A guide button's payload. `certsleuth: 'guide'` routes it to the guide like the core's other card
 * actions (core/render/adaptive-card.ts CardActionData); `{ guide: 'scep' }` alone also starts a flow.
 */
export interface GuideButtonValue {
  certsleuth: 'guide';
  /** Start this flow. */
  flow?: string;
  /** Answer the current step. */
  answer?: GuideChoice;
}

/** The finding a flow stops at: the cause, why, and the fix. */
export interface GuideFinding {
  id: string;
  title: string;
  summary: string;
  remediation: Step[];
  verify: Step[];
  evidence: EvidenceQuote[];
  references: Reference[];
}

export type GuideMessageKind =
  | 'list' // the flows there are
  | 'step' // a question of the current hop
  | 'healthy' // this hop is healthy (followed by the next step)
  | 'fault' // the flow stops here, with the finding
  | 'unclear' // could not judge the paste: what healthy looks like, yes / no
  | 'unrelated' // the paste is about something else: its diagnosis, and an offer to resume
  | 'note' // a short remark (precondition not met, nothing to go back to)
  | 'done' // every hop passed
  | 'cancelled';

export interface GuideMessage {
  kind: GuideMessageKind;
  language: Language;
  /** The main text, plain (renderers escape it for their channel). */
  text: string;
  flowId?: string;
  flowTitle?: string;
  stepId?: string;
  stepTitle?: string;
  /** 1-based, of stepCount. */
  stepNumber?: number;
  stepCount?: number;
  /** Where the evidence lives (log path, console). */
  location?: string;
  /** A command to run to get the evidence. */
  command?: string;
  /** What a healthy answer looks like. */
  healthy?: string;
  /** Evidence quoted from the paste that decided a healthy hop. */
  evidence?: EvidenceQuote[];
  finding?: GuideFinding;
  /** For 'unrelated': the core's diagnosis of the paste. */
  findings?: Finding[];
  /** For 'list': the flows. */
  flows?: { id: string; title: string; summary: string }[];
  buttons: GuideButton[];
}

/** Where a user is in a flow. Stored in conversation state between turns. */
export interface GuideState {
  flowId: string;
  /** Index into the flow's steps. */
  step: number;
  /** Steps visited before, for `back`. */
  history: number[];
  /** Step ids skipped, named in the closing message. */
  skipped: string[];
  language: Language;
  /** The choices last offered, in order: a reply "2" on a text-only channel picks the second. */
  choices: GuideChoice[];
}

/** What the engine returns for a turn: the messages to send and the state to keep (undefined = flow over). */
export interface GuideTurn {
  messages: GuideMessage[];
  state: GuideState | undefined;
}
