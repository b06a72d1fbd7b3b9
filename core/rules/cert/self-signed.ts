// A self-signed end-entity certificate is trusted only where it was imported into Trusted Root;
// products that require a CA-issued certificate (DPM, ConfigMgr PKI, Lync) refuse it. DPM's own
// rule says so more precisely when the input is about DPM.
import type { Rule } from '../rule';
import { isCa } from '../../cert/profile';
import { purposeContext } from '../../cert/purpose';
import { certSignal, distinctCertificates, RFC5280 } from './shared';

export const selfSignedLeafRule: Rule = {
  id: 'cert.self-signed-leaf',
  description: 'Flags self-signed end-entity certificates (not CAs).',
  citations: [{ ...RFC5280, note: '§3.2 self-signed certificates; §6.1 trust anchors' }],
  run(ctx) {
    const leaves = distinctCertificates(ctx.intake).filter((c) => c.facts.selfSigned && !isCa(c.facts));
    // The purpose (a scan of the user's words) only matters when there is a certificate to judge.
    if (!leaves.length) return [];
    const dpm = purposeContext(ctx.intake).purposes.has('dpm');
    return leaves.map((c) => certSignal('cert.self-signed-leaf', c, dpm ? 0.5 : 0.9, [{ label: 'Self-signed', value: 'yes: subject = issuer and the signature verifies with its own key' }]));
  },
};
