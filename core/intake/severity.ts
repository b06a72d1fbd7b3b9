// Severity of a plain log line from its words, for formats that do not carry a level.
import type { LogSeverity } from '../model/evidence';

const ERROR_WORDS = /\b(?:fail(?:ed|ure|s)?|error|errors|cannot|can't|could not|unable|discarded|denied|invalid|exception|fatal|fehlgeschlagen|fehler)\b|\(0x8[0-9a-f]{7}\)/i;
const WARNING_WORDS = /\b(?:warn(?:ing)?|retry(?:ing)?|timed? ?out|warnung)\b/i;

export function severityFromWords(message: string): LogSeverity {
  if (ERROR_WORDS.test(message)) return 'error';
  if (WARNING_WORDS.test(message)) return 'warning';
  return 'info';
}
