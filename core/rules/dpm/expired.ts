// DPM requires a certificate that has not expired; the clock comes from the rule context so the
// check is testable.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks, parseCertutilDate } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertExpired: Rule = {
  id: 'dpm.cert-expired',
  description: 'certutil shows a NotAfter date that has passed (or a NotBefore in the future).',
  citations: DPM_REQUIREMENTS,
  run({ intake, now }) {
    return certutilBlocks(intake).flatMap((c) => {
      const notAfter = parseCertutilDate(c.notAfter);
      const notBefore = parseCertutilDate(c.notBefore);
      if (notAfter && notAfter.getTime() < now.getTime()) {
        return [blockSignal(intake, c, 'dpm.cert-expired', 0.85, { label: 'expired on', value: c.notAfter!.trim() })];
      }
      if (notBefore && notBefore.getTime() > now.getTime()) {
        return [blockSignal(intake, c, 'dpm.cert-expired', 0.7, { label: 'not valid before', value: c.notBefore!.trim() })];
      }
      return [];
    });
  },
};
