// HTTP statuses named in free text: "HTTP Error 403.16", "HTTP/1.1 503", "403 - Forbidden",
// "503 Service Unavailable", "status code 414", "(414) Request-URI Too Long".
import type { HttpStatusEvidence } from '../model/evidence';
import { at, eachMatch, type ReadContext } from './context';

const REASONS =
  'Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Request Timeout|Conflict|Length Required|Request Entity Too Large|Payload Too Large|Request-URI Too Long|URI Too Long|Request URL Too Long|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout|Unsupported Media Type';

export function readHttpStatus(ctx: ReadContext): HttpStatusEvidence[] {
  const { text } = ctx;
  if (!/\b[1-5]\d\d\b/.test(text)) return [];
  const out: HttpStatusEvidence[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, status: number, sub?: string) => {
    const key = `${status}.${sub ?? ''}`;
    if (seen.has(key) || out.length >= 200) return;
    seen.add(key);
    out.push({ kind: 'http-status', ...at(ctx, start, end), status, ...(sub !== undefined ? { substatus: Number(sub) } : {}) });
  };
  eachMatch(/\bHTTP(?:\/\d\.\d)?(?:\s+(?:Error|Fehler|status(?: code)?))?\s*[:#]?\s*([1-5]\d\d)(?:\.(\d{1,3}))?\b/gi, text, (m) => add(m.index, m.index + m[0].length, Number(m[1]), m[2]));
  eachMatch(new RegExp(`(?<![\\w.:/-])\\(?([1-5]\\d\\d)(?:\\.(\\d{1,3}))?\\)?\\s{0,3}[-–:]?\\s{0,3}(?:${REASONS})\\b`, 'gi'), text, (m) =>
    add(m.index, m.index + m[0].length, Number(m[1]), m[2]),
  );
  eachMatch(/\b(?:status(?:\s*code)?|statuscode)\s*[:=]?\s*([1-5]\d\d)(?:\.(\d{1,3}))?\b/gi, text, (m) => add(m.index, m.index + m[0].length, Number(m[1]), m[2]));
  return out.sort((a, b) => a.span!.start - b.span!.start);
}
