// SCEP puts the whole signed request into the PKIOperation query string. IIS request filtering
// rejects it with 404.14 (URL too long) or 404.15 (query string too long), HTTP.sys with 414; a
// PKIOperation with a query longer than IIS's default maxQueryString that failed with any 4xx is
// the same problem seen from a log whose substatus is unclear.
import type { Rule, Signal } from '../rule';
import { evidenceOf } from '../../model/evidence';
import { quoteOf } from '../common/quote';
import { SCEP_DEVICE_TO_NDES, SCEP_SEED } from './citations';

/** IIS's default requestFiltering maxQueryString. */
const DEFAULT_MAX_QUERY = 2048;

export const scepIisRequestTooLarge: Rule = {
  id: 'scep.iis-request-too-large',
  description: 'An IIS request was rejected for its size: 414, 404.14, 404.15, or a failed PKIOperation with a query longer than the IIS default.',
  citations: [SCEP_SEED, SCEP_DEVICE_TO_NDES, { title: 'IIS requestLimits (maxUrl, maxQueryString)', url: 'https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/requestlimits/' }],
  run({ intake }) {
    const out: Signal[] = [];
    for (const r of evidenceOf(intake, 'iis-request')) {
      const sizeStatus = r.status === 414 || (r.status === 404 && (r.substatus === 14 || r.substatus === 15));
      const longFailedScep = /^PKIOperation$/i.test(r.operation ?? '') && r.status >= 400 && r.status < 500 && r.queryLength > DEFAULT_MAX_QUERY;
      if (!sizeStatus && !longFailedScep) continue;
      const status = `${r.status}${r.substatus ? `.${r.substatus}` : ''}`;
      out.push({
        id: 'scep.iis-request-too-large',
        strength: sizeStatus ? 0.9 : 0.7,
        evidence: [quoteOf(intake, r, `IIS request ${r.operation ?? r.uriStem} → ${status}`)],
        facts: [
          { label: 'HTTP status', value: status },
          { label: 'query length', value: `${r.queryLength} characters` },
        ],
      });
    }
    return out;
  },
};
