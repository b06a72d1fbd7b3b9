// NDESPlugin.log is healthy when the policy module asked the CRP and got "Verify challenge returns
// true" with VerifyRequest/Notify exiting 0x0, and no failure line appears. A healthy hop is a
// finding too: it tells the admin to look at the next hop (the CRP) instead of this one.
import type { Rule } from '../rule';
import { logLines } from './log-lines';
import { SCEP_POLICY_MODULE, SCEP_SEED } from './citations';

const SUCCESS = /Verify challenge returns true/i;
const FAILURE = /Verify challenge returns (?!true)|Exiting (VerifyRequest|Notify) with 0x(?!0\b)[0-9a-f]+|403 - Forbidden|Error \d{3,5}|Failed to send http request/i;

export const scepNdesPluginHealthy: Rule = {
  id: 'scep.ndesplugin-healthy',
  description: 'NDESPlugin.log shows the challenge verified (Verify challenge returns true, exits with 0x0) and no failure.',
  citations: [SCEP_SEED, SCEP_POLICY_MODULE],
  run({ intake }) {
    const lines = logLines(intake, 'NDESPlugin.log');
    const ok = lines.filter((l) => SUCCESS.test(l.message));
    if (ok.length === 0) return [];
    if (lines.some((l) => l.error || FAILURE.test(l.message))) return [];
    const exits = lines.filter((l) => /Exiting (VerifyRequest|Notify) with 0x0\b/i.test(l.message));
    return [{ id: 'scep.ndesplugin-healthy', strength: exits.length ? 0.85 : 0.7, evidence: [...ok, ...exits].slice(0, 4).map((l) => l.quote) }];
  },
};
