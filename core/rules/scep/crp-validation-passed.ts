// CRP.log is healthy when the validation phases finished with status True and VerifyRequest finished
// with status True, with no phase False and no error line. The next hop is the issuing CA.
import type { Rule } from '../rule';
import { logLines } from './log-lines';
import { SCEP_SEED } from './citations';

// "finised" is how the CRP really spells it in phase 1.
const PHASE_TRUE = /Validation Phase \d+ fini\w* with status True/i;
const VERIFY_TRUE = /VerifyRequest Finished with status True/i;
const FAILURE = /with status False|Exception|Failed to|Error:/i;

export const scepCrpValidationPassed: Rule = {
  id: 'scep.crp-validation-passed',
  description: 'CRP.log shows validation phases and VerifyRequest finished with status True and no failure.',
  citations: [SCEP_SEED],
  run({ intake }) {
    const lines = logLines(intake, 'CRP.log');
    const verified = lines.filter((l) => VERIFY_TRUE.test(l.message));
    const phases = lines.filter((l) => PHASE_TRUE.test(l.message));
    if (verified.length === 0 && phases.length === 0) return [];
    if (lines.some((l) => l.error || FAILURE.test(l.message))) return [];
    return [
      {
        id: 'scep.crp-validation-passed',
        strength: verified.length ? 0.85 : 0.6,
        evidence: [...phases, ...verified].slice(0, 4).map((l) => l.quote),
      },
    ];
  },
};
