// Builds rule contexts from hand-made evidence, shaped exactly like core/model/evidence.ts, so rule
// tests do not depend on the intake readers.
import type {
  CertListingEvidence,
  CertutilCertEvidence,
  Evidence,
  IisRequestEvidence,
  Intake,
  LogLineEvidence,
  ThumbprintEvidence,
} from '../../core/model/evidence';
import type { RuleContext } from '../../core/rules/rule';
import { emptyKnowledge } from '../../knowledge/graph';

export const NOW = new Date('2026-11-22T00:00:00Z');

export function ctx(evidence: Evidence[], text = evidence.map((e) => e.quote).join('\n'), now = NOW): RuleContext {
  const intake: Intake = {
    inputs: [{ name: 'message', kind: 'text', encoding: 'utf-8', bytes: text.length, text, truncated: false }],
    evidence,
    language: 'en',
    text,
    notes: [],
  };
  return { intake, knowledge: emptyKnowledge(), now, language: 'en' };
}

export function thumbprint(raw: string, fields: Partial<ThumbprintEvidence> = {}): ThumbprintEvidence {
  const clean = raw.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return { kind: 'thumbprint', quote: raw, span: { input: 0, start: 0, end: raw.length }, raw, clean, defects: [], hiddenChars: [], context: 'command', ...fields };
}

export function certutil(quote: string, fields: Partial<CertutilCertEvidence>): CertutilCertEvidence {
  return { kind: 'certutil-cert', quote, verb: 'store', storeName: 'my', index: 0, applicationPolicies: [], enhancedKeyUsage: [], ...fields };
}

/** Parses one W3C line of the seed's field order into request evidence (the fields the rules read). */
export function iis(line: string, fields: Partial<IisRequestEvidence> = {}): IisRequestEvidence {
  const tok = line.trim().split(/\s+/);
  const [status, substatus, win32] = tok.slice(-4, -1).map(Number);
  const query = tok[5] === '-' ? undefined : tok[5];
  const op = query ? /operation=(\w+)/i.exec(query)?.[1] : /Certificate\/(\w+)/i.exec(tok[4])?.[1];
  return {
    kind: 'iis-request',
    quote: line.slice(0, 240),
    date: tok[0],
    time: tok[1],
    clientIp: tok[8],
    method: tok[3],
    uriStem: tok[4],
    ...(query ? { uriQuery: query } : {}),
    status,
    substatus,
    win32Status: win32,
    ...(op ? { operation: op } : {}),
    queryLength: query?.length ?? 0,
    ...fields,
  };
}

/** One CMTrace line as the readers would deliver it. */
export function cmtrace(line: string): LogLineEvidence {
  const m = /<!\[LOG\[([\s\S]*?)\]LOG\]!>.*?component="([^"]*)".*?type="(\d)"/.exec(line);
  if (!m) throw new Error(`not a CMTrace line: ${line}`);
  const severity = m[3] === '3' ? 'error' : m[3] === '2' ? 'warning' : 'info';
  return { kind: 'log-line', quote: m[1].slice(0, 240), format: 'cmtrace', message: m[1], severity, component: m[2] };
}

export function listing(fields: Partial<CertListingEvidence>): CertListingEvidence {
  return { kind: 'cert-listing', quote: `Subject : ${fields.subject ?? ''}`, ...fields };
}
