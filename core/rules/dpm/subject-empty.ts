// DPM requires a non-empty subject on the certificate (and its root).
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertSubjectEmpty: Rule = {
  id: 'dpm.cert-subject-empty',
  description: 'certutil shows an empty subject.',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.subject === undefined) return [];
      const empty = c.subject.trim() === '' || /^EMPTY\b/i.test(c.subject.trim());
      if (!empty) return [];
      return [blockSignal(intake, c, 'dpm.cert-subject-empty', 0.85, { label: 'subject', value: 'empty' })];
    });
  },
};
