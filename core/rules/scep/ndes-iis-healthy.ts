// The NDES hop is healthy when every SCEP request in the pasted IIS log (GetCACert, GetCACaps,
// PKIOperation to mscep.dll) was answered with 200 and the device got as far as submitting its request
// (PKIOperation): the device reached NDES, so the next hop to look at is the policy module
// (NDESPlugin.log). A device that fetched the CA certificates and stopped there has not proven the hop:
// it refused what it got (an iOS device and an RSASSA-PSS-signed CA certificate, an untrusted chain).
import type { Rule } from '../rule';
import { evidenceOf } from '../../model/evidence';
import { quoteOf } from '../common/quote';
import { SCEP_SEED } from './citations';

const SCEP_OPS = /^(GetCACert|GetCACaps|PKIOperation|GetNextCACert)$/i;

export const scepNdesIisHealthy: Rule = {
  id: 'scep.ndes-iis-healthy',
  description: 'All SCEP requests in an NDES IIS log were answered with 200 (the NDES hop is healthy).',
  citations: [SCEP_SEED],
  run({ intake }) {
    const scep = evidenceOf(intake, 'iis-request').filter((r) => /mscep/i.test(r.uriStem) || SCEP_OPS.test(r.operation ?? ''));
    if (scep.length === 0 || scep.some((r) => r.status !== 200)) return [];
    const sawPkiOperation = scep.some((r) => /^PKIOperation$/i.test(r.operation ?? ''));
    const sawGetCaCaps = scep.some((r) => /^GetCACaps$/i.test(r.operation ?? ''));
    if (!sawPkiOperation && !sawGetCaCaps) return [];
    return [
      {
        id: 'scep.ndes-iis-healthy',
        strength: sawPkiOperation ? 0.85 : 0.65,
        evidence: scep.slice(0, 5).map((r) => quoteOf(intake, r, `NDES IIS ${r.operation ?? r.uriStem} → 200`)),
        facts: [{ label: 'SCEP requests answered with 200', value: String(scep.length) }],
      },
    ];
  },
};
