// Message patterns from the knowledge run over the input text. On a multi-megabyte log, hundreds
// of patterns over every byte would cost seconds, and the lines that matter are few: so a large
// input is matched on a bounded excerpt — its head and tail, and every line a reader judged a
// warning or an error (deduplicated), plus event descriptions.

import type { Intake } from '../model/evidence';

/** Below this size the whole text is matched. */
const WHOLE_TEXT_LIMIT = 256 * 1024;
const EDGE = 64 * 1024;
const MAX_SALIENT_LINES = 4000;

export function salientText(intake: Intake): string {
  if (intake.text.length <= WHOLE_TEXT_LIMIT) return intake.text;
  const parts = [intake.text.slice(0, EDGE), intake.text.slice(-EDGE)];
  const seen = new Set<string>();
  for (const e of intake.evidence) {
    let line: string | undefined;
    if (e.kind === 'log-line' && e.severity !== 'info') line = e.message;
    else if (e.kind === 'event') line = [e.description, e.result?.text].filter(Boolean).join('\n');
    else if (e.kind === 'ps-error' || e.kind === 'certutil-result') line = e.message;
    if (!line || seen.has(line)) continue;
    seen.add(line);
    parts.push(line);
    if (seen.size >= MAX_SALIENT_LINES) break;
  }
  return parts.join('\n');
}
