// The reply model: one channel-neutral answer. Markdown, Adaptive Cards, Block Kit and the CLI's
// JSON are pure functions of it. The JSON form is the contract the evaluation harness reads:
// findings[] best first, each with id, title, confidence, summary, cause, remediation, verify,
// evidence and references.

import type { Language } from './evidence';

export type ConfidenceLabel = 'high' | 'medium' | 'low';

export interface Step {
  text: string;
  /** A command to run, with the user's own values filled in (thumbprints, server names). */
  command?: string;
  /** The shell the command is for: powershell, cmd, reg. */
  shell?: string;
}

export interface Reference {
  title: string;
  url?: string;
  /** A KB number, a seed document file name, a spec section. */
  note?: string;
}

export interface EvidenceQuote {
  /** What the evidence is, in words ("DPM error ID 33231", "CAPI2 event 11"). */
  label: string;
  /** The text quoted from the input. */
  quote: string;
  /** Input name (message, file name). */
  source?: string;
}

export interface DecodedCode {
  /** 0x800B0101 form. */
  hex: string;
  name?: string;
  message?: string;
  facility?: string;
  /** How it was written in the input. */
  raw: string;
  known: boolean;
}

export interface Finding {
  /** The knowledge cause id. */
  id: string;
  title: string;
  /** 0..1 */
  confidence: number;
  confidenceLabel: ConfidenceLabel;
  /** One or two sentences: what is wrong. */
  summary: string;
  /** Why it happens. */
  cause: string;
  remediation: Step[];
  verify: Step[];
  evidence: EvidenceQuote[];
  references: Reference[];
  /** Codes this finding rests on, decoded. */
  codes?: DecodedCode[];
  /** A guided flow that fits this finding (dialogs). */
  flow?: string;
}

export interface Reply {
  language: Language;
  /** Best first. Empty when nothing matched. */
  findings: Finding[];
  /** Every code recognised in the input, decoded, whether or not a finding used it. */
  decoded: DecodedCode[];
  /** Plain-language notes: what could not be read, privacy warnings, truncation. */
  notes: string[];
  /** Questions that would sharpen the diagnosis ("paste certutil -store -v my"). */
  followUps: string[];
  /** Facts worth showing that are not findings (certificate details, thumbprints cleaned). */
  facts: { label: string; value: string }[];
}
