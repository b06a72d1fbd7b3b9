// X.509 version 1 certificates carry no extensions (no EKU, no Basic Constraints, no CDP); DPM
// requires V3 and Windows treats a v1 issuer as a CA of any kind.
import type { Rule } from '../rule';
import { certSignal, distinctCertificates, DPM_REQUIREMENTS, RFC5280 } from './shared';

export const versionRule: Rule = {
  id: 'cert.version-1',
  description: 'Flags X.509 version 1 (or 2) certificates where version 3 is expected.',
  citations: [{ ...DPM_REQUIREMENTS, note: 'X.509 V3 certificates' }, { ...RFC5280, note: '§4.1.2.1 Version' }],
  run(ctx) {
    return distinctCertificates(ctx.intake)
      .filter((c) => c.facts.version < 3 && !c.facts.selfSigned)
      .map((c) => certSignal('cert.version-1', c, 1, [{ label: 'Version', value: `V${c.facts.version}` }]));
  },
};
