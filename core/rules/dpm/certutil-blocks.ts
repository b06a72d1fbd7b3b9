// Shared by the DPM certificate-requirement rules: the certificate blocks of certutil output and
// one way to build a signal from a block, so each rule file holds only its own check.
import type { CertutilCertEvidence, Intake } from '../../model/evidence';
import { evidenceOf } from '../../model/evidence';
import type { Signal } from '../rule';
import { quoteOf } from '../common/quote';

/** certutil -store / -dump / -verify blocks that describe one certificate. */
export function certutilBlocks(intake: Intake): CertutilCertEvidence[] {
  return evidenceOf(intake, 'certutil-cert');
}

/** Names the block in words: "certutil certificate 0 (CN=backup02.contoso.com)". */
function labelOf(c: CertutilCertEvidence): string {
  const n = c.index !== undefined ? ` ${c.index}` : '';
  const who = c.subject?.trim() ? ` (${c.subject.trim()})` : '';
  return `certutil certificate${n}${who}`;
}

export function blockSignal(
  intake: Intake,
  c: CertutilCertEvidence,
  id: string,
  strength: number,
  fact: { label: string; value: string },
): Signal {
  const bindings: Record<string, string> = {};
  if (c.certHashSha1) bindings.thumbprint = c.certHashSha1.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (c.subject?.trim()) bindings.subject = c.subject.trim();
  return { id, strength, evidence: [quoteOf(intake, c, labelOf(c))], bindings, facts: [fact] };
}

/** Distinguished names compared loosely: case, spacing around separators and RDN order of printing ignored. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a?.trim() || !b?.trim()) return false;
  const norm = (s: string) =>
    s
      .split(/[,\n]/)
      .map((p) => p.trim().replace(/\s*=\s*/g, '=').toLowerCase())
      .filter(Boolean)
      .sort()
      .join(',');
  return norm(a) === norm(b);
}

/**
 * Parses the dates certutil prints: "9/17/2011 7:31 AM" (en-US), "17.09.2011 07:31" (de-DE),
 * "2011-09-17 07:31". Returns undefined when unsure rather than guessing a wrong date.
 */
export function parseCertutilDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(t);
  if (m) return build(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(t);
  if (m) return build(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*(AM|PM)?)?/i.exec(t);
  if (m) {
    let [month, day] = [+m[1], +m[2]];
    if (month > 12 && day <= 12) [month, day] = [day, month]; // en-GB style day/month
    let hour = +(m[4] ?? 0);
    if (m[6]) hour = (hour % 12) + (m[6].toUpperCase() === 'PM' ? 12 : 0);
    return build(+m[3], month, day, hour, +(m[5] ?? 0));
  }
  return undefined;
}

function build(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}
