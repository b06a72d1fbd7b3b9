// A rule turns evidence into signals. One rule per file (zlint/pkilint style), each with an id, a
// one-line description, its citations and its own tests. Rules hold only logic that cannot be
// declared as data: message patterns, codes and events are matched declaratively from the
// knowledge files (knowledge/schema.ts RawMatch); rules cover checks such as "this thumbprint has
// 39 hex digits", "this certutil block shows a CNG key", "this IIS request's query is too long".
//
// A rule's signal ids are referenced by knowledge symptoms (match.signals), which carry the
// weights to causes. A rule never names a cause.

import type { Intake, Language } from '../model/evidence';
import type { EvidenceQuote } from '../model/reply';
import type { Knowledge } from '../../knowledge/graph';

export interface Citation {
  title: string;
  url?: string;
  /** Seed file name, KB number, spec section. */
  note?: string;
}

export interface Signal {
  /** Referenced by knowledge symptoms' match.signals. Convention: "<area>.<what>", e.g. "dpm.thumbprint-has-spaces". */
  id: string;
  /** 0..1: how sure the rule is. */
  strength: number;
  evidence: EvidenceQuote[];
  /** Values for remediation placeholders this signal knows best ({thumbprint}, {newThumbprint}, …). */
  bindings?: Record<string, string>;
  /** A fact to show the user (e.g. "cleaned thumbprint: 493f…"). */
  facts?: { label: string; value: string }[];
}

export interface RuleContext {
  intake: Intake;
  knowledge: Knowledge;
  /** The clock, injected so that validity checks are testable. */
  now: Date;
  language: Language;
}

export interface Rule {
  id: string;
  description: string;
  citations: Citation[];
  run(ctx: RuleContext): Signal[];
}
