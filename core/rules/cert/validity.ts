// Expired, not yet valid, or expiring within 30 days, against the injected clock. Windows refuses
// a certificate outside its validity period (CERT_E_EXPIRED 0x800B0101) for every purpose.
import type { Rule, Signal } from '../rule';
import { validityAt, EXPIRY_WARNING_DAYS, isoDate } from '../../cert/validity';
import { certSignal, distinctCertificates, RFC5280 } from './shared';

const SIGNAL = { expired: 'cert.expired', 'not-yet-valid': 'cert.not-yet-valid', 'expiring-soon': 'cert.expiring-soon' } as const;

export const validityRule: Rule = {
  id: 'cert.validity',
  description: `Flags certificates that are expired, not yet valid, or expire within ${EXPIRY_WARNING_DAYS} days.`,
  citations: [
    { ...RFC5280, note: '§4.1.2.5 Validity' },
    { title: 'CERT_E_EXPIRED (0x800B0101): a required certificate is not within its validity period', url: 'https://learn.microsoft.com/en-us/windows/win32/seccrypto/common-hresult-values' },
  ],
  run(ctx) {
    const out: Signal[] = [];
    for (const c of distinctCertificates(ctx.intake)) {
      const v = validityAt(c.facts, ctx.now);
      if (v.state === 'valid') continue;
      const strength = v.state === 'expiring-soon' ? 0.8 : 1;
      const when =
        v.state === 'expired'
          ? `expired on ${isoDate(c.facts.notAfter)} (${-v.daysLeft} days ago)`
          : v.state === 'not-yet-valid'
            ? `valid only from ${isoDate(c.facts.notBefore)}`
            : `expires on ${isoDate(c.facts.notAfter)} (in ${v.daysLeft} days)`;
      out.push(certSignal(SIGNAL[v.state], c, strength, [{ label: `Validity of ${c.facts.subject || c.facts.thumbprint}`, value: when }]));
    }
    return out;
  },
};
