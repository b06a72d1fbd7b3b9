// A certificate's validity against the injected clock, with the 30-day warning window
// admins plan renewals by.

import type { CertificateFacts } from './facts';

export type ValidityState = 'valid' | 'expired' | 'not-yet-valid' | 'expiring-soon';

/** Certificates that expire within this many days get a renewal warning. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

export interface Validity {
  state: ValidityState;
  /** Whole days until NotAfter (negative once expired). */
  daysLeft: number;
}

export function validityAt(facts: Pick<CertificateFacts, 'notBefore' | 'notAfter'>, now: Date): Validity {
  const nb = Date.parse(facts.notBefore);
  const na = Date.parse(facts.notAfter);
  const t = now.getTime();
  const daysLeft = Math.floor((na - t) / DAY_MS);
  if (t > na) return { state: 'expired', daysLeft };
  if (t < nb) return { state: 'not-yet-valid', daysLeft };
  if (daysLeft < EXPIRY_WARNING_DAYS) return { state: 'expiring-soon', daysLeft };
  return { state: 'valid', daysLeft };
}

/** "2015-08-19" – the date part as Windows admins compare it with NotBefore/NotAfter. */
export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}
