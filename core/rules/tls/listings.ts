// Shared by the store-hygiene rules: certificates of Get-ChildItem Cert:\… listings, grouped by the
// store they were listed from, and a loose self-signed test (issuer = subject, as the seed's
// PowerShell checks use it; a heuristic, not a signature check).
import type { CertListingEvidence, Intake } from '../../model/evidence';
import { evidenceOf } from '../../model/evidence';
import type { Signal } from '../rule';
import { quoteOf } from '../common/quote';

export type StoreName = 'root' | 'ca' | 'my';

/** Local Computer stores only: the seed scenario is about the machine's stores; CurrentUser is left alone. */
export function listedIn(intake: Intake, store: StoreName): CertListingEvidence[] {
  return evidenceOf(intake, 'cert-listing').filter((c) => {
    const m = /^(LocalMachine|CurrentUser)\\(.+)$/i.exec(c.store ?? '');
    return !!m && m[1].toLowerCase() === 'localmachine' && m[2].toLowerCase() === store;
  });
}

function normName(s: string): string {
  return s
    .split(',')
    .map((p) => p.trim().replace(/\s*=\s*/g, '=').toLowerCase())
    .filter(Boolean)
    .join(',');
}

/** undefined when the listing does not show both names. */
export function selfSigned(c: CertListingEvidence): boolean | undefined {
  if (!c.subject?.trim() || !c.issuer?.trim()) return undefined;
  return normName(c.subject) === normName(c.issuer);
}

export function listingSignal(intake: Intake, id: string, strength: number, certs: CertListingEvidence[], storeLabel: string): Signal {
  return {
    id,
    strength,
    evidence: certs.slice(0, 5).map((c) => quoteOf(intake, c, `${storeLabel}: ${c.subject ?? c.thumbprint ?? 'certificate'}`)),
    facts: [
      { label: 'certificates', value: String(certs.length) },
      ...certs.slice(0, 5).map((c) => ({ label: c.thumbprint ?? 'certificate', value: `${c.subject ?? '?'} (issuer ${c.issuer ?? '?'})` })),
    ],
    ...(certs[0]?.thumbprint ? { bindings: { thumbprint: certs[0].thumbprint, ...(certs[0].subject ? { subject: certs[0].subject } : {}) } } : {}),
  };
}
