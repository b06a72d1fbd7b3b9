// The log lines a SCEP rule looks at: parsed log-line evidence when the readers found some, else the
// raw lines of the input (a CMTrace paste the readers missed should still be judged).
import type { Intake } from '../../model/evidence';
import { evidenceOf } from '../../model/evidence';
import type { EvidenceQuote } from '../../model/reply';
import { quoteOf } from '../common/quote';

export interface Line {
  message: string;
  quote: EvidenceQuote;
  error: boolean;
}

export function logLines(intake: Intake, label: string): Line[] {
  const parsed = evidenceOf(intake, 'log-line');
  if (parsed.length) {
    return parsed.map((l) => ({ message: l.message, quote: quoteOf(intake, l, label), error: l.severity === 'error' }));
  }
  return intake.text
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const cm = /<!\[LOG\[([\s\S]*?)\]LOG\]!>.*?type="(\d)"/.exec(raw);
      const message = cm ? cm[1] : raw;
      return { message, quote: { label, quote: message.slice(0, 240) }, error: cm?.[2] === '3' };
    });
}
