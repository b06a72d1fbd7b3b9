// Turns a piece of evidence into the quote a signal carries, so every rule quotes the same way:
// a label in words, the text as the user pasted it, and the input it came from.
import type { Evidence, Intake } from '../../model/evidence';
import type { EvidenceQuote } from '../../model/reply';

export function quoteOf(intake: Intake, e: Evidence, label: string): EvidenceQuote {
  const source = e.span ? intake.inputs[e.span.input]?.name : undefined;
  return { label, quote: e.quote, ...(source ? { source } : {}) };
}
