// Whether a message asks something (as opposed to being a bare paste). The diagnosis uses it to
// decide whether the question index should speak when no evidence matched.

const INTERROGATIVE_START =
  /^\s*(?:why|what|whats|what's|how|which|where|when|who|is|are|does|do|did|can|could|should|will|would|has|have|warum|wieso|weshalb|was|wie|welche[rsmn]?|wo|woran|wann|wer|ist|sind|kann|können|muss|soll|gibt|hat|haben|funktioniert)\b/i;
/** Requests phrased as imperatives or first-person problems. */
const REQUEST =
  /\b(?:help|how (?:do|can|should) i|how to|explain|troubleshoot|guide me|walk me through|hilfe|hilf mir|wie kann ich|wie geht|erkläre?|brauche hilfe)\b/i;

/** True for "why …?", "how do I …", "help", "warum …", "Hilfe" and anything ending in a question mark. */
export function isQuestion(text: string): boolean {
  if (typeof text !== 'string') return false;
  const t = text.trim();
  if (!t) return false;
  const firstLine = t.split(/\r?\n/, 1)[0];
  if (/\?\s*$/.test(firstLine) || /\?\s*$/.test(t)) return true;
  return INTERROGATIVE_START.test(firstLine) || REQUEST.test(firstLine);
}
