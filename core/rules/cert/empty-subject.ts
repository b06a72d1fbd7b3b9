// An empty subject: DPM rejects it ("Subject name of the certificate and root certificate should
// not be empty") and many Windows tools cannot select such a certificate by name.
import type { Rule } from '../rule';
import { certSignal, distinctCertificates, DPM_REQUIREMENTS, RFC5280 } from './shared';

export const emptySubjectRule: Rule = {
  id: 'cert.empty-subject',
  description: 'Flags certificates whose subject name is empty.',
  citations: [{ ...DPM_REQUIREMENTS, note: 'Subject name of the certificate and root certificate should not be empty' }, { ...RFC5280, note: '§4.1.2.6 Subject' }],
  run(ctx) {
    return distinctCertificates(ctx.intake)
      .filter((c) => !c.facts.subject)
      .map((c) => {
        const san = c.facts.subjectAltNames.map((n) => `${n.type}:${n.value}`).join(', ');
        return certSignal('cert.empty-subject', c, 1, [{ label: 'Subject', value: san ? `(empty; SAN ${san})` : '(empty)' }]);
      });
  },
};
