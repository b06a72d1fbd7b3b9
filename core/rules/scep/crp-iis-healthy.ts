// The CRP web hop is healthy when the policy module's calls to the certificate registration point
// succeeded: VerifyRequest answered 201 (and Notify 204), nothing refused. Next hop: CRP.log.
import type { Rule } from '../rule';
import { evidenceOf } from '../../model/evidence';
import { quoteOf } from '../common/quote';
import { SCEP_SEED } from './citations';

export const scepCrpIisHealthy: Rule = {
  id: 'scep.crp-iis-healthy',
  description: 'The CRP IIS log shows VerifyRequest 201 / Notify 204 and no failed CRP call.',
  citations: [SCEP_SEED],
  run({ intake }) {
    const calls = evidenceOf(intake, 'iis-request').filter((r) => /CertificateRegistration/i.test(r.uriStem));
    if (calls.length === 0 || calls.some((r) => r.status >= 300)) return [];
    const verified = calls.some((r) => /VerifyRequest/i.test(r.uriStem) && (r.status === 200 || r.status === 201));
    if (!verified) return [];
    return [
      {
        id: 'scep.crp-iis-healthy',
        strength: 0.8,
        evidence: calls.slice(0, 4).map((r) => quoteOf(intake, r, `CRP IIS ${r.operation ?? r.uriStem} → ${r.status}`)),
      },
    ];
  },
};
