// The attached certificate against the thumbprints the rest of the input names: a policy module
// still configured with the old certificate (NDESCertThumbprint), a command run with another
// certificate's thumbprint, a CAPI2 fileRef or certutil hash of a different certificate. The
// classic case: the NDES client-authentication certificate was renewed, the registry still holds
// the old thumbprint, and the policy module fails to sign its requests to the CRP.
import { evidenceOf, type ThumbprintEvidence } from '../../model/evidence';
import type { Rule, Signal } from '../rule';
import { isCa } from '../../cert/profile';
import { isoDate } from '../../cert/validity';
import { certBindings, distinctCertificates, quoteCert } from './shared';

function signalFor(t: ThumbprintEvidence): string {
  if (t.context === 'registry' && /NDESCertThumbprint/i.test(t.label ?? '')) return 'cert.thumbprint-mismatch.ndes-registry';
  if (t.context === 'command') return 'cert.thumbprint-mismatch.command';
  return 'cert.thumbprint-mismatch.other';
}

export const thumbprintCorrelationRule: Rule = {
  id: 'cert.thumbprint-correlation',
  description: 'Compares the attached certificate\'s thumbprint with thumbprints configured or used elsewhere in the input.',
  citations: [
    { title: 'Configure certificate infrastructure for NDES: NDESCertThumbprint registry value of the ConfigMgr policy module', url: 'https://learn.microsoft.com/en-us/intune/configmgr/protect/deploy-use/configuring-certificate-profiles' },
    { title: 'Thumbprint = SHA-1 hash over the DER-encoded certificate (not stored in it)', url: 'https://learn.microsoft.com/en-us/previous-versions/windows/embedded/hh435828(v=msdn.10)' },
  ],
  run(ctx) {
    const certs = distinctCertificates(ctx.intake);
    if (!certs.length) return [];
    const attachedThumbs = new Set(certs.map((c) => c.facts.thumbprint.toLowerCase()));
    const leaves = certs.filter((c) => !isCa(c.facts));
    // With several end-entity certificates attached we cannot tell which one was meant.
    const attached = leaves.length === 1 ? leaves[0] : leaves.length === 0 && certs.length === 1 ? certs[0] : undefined;
    if (!attached) return [];
    const out: Signal[] = [];
    const seen = new Set<string>();
    for (const t of evidenceOf(ctx.intake, 'thumbprint')) {
      if (t.clean.length !== 40 || t.defects.includes('non-hex') || attachedThumbs.has(t.clean)) continue;
      const id = signalFor(t);
      if (seen.has(`${id}|${t.clean}`)) continue;
      seen.add(`${id}|${t.clean}`);
      const newThumb = attached.facts.thumbprint.toLowerCase();
      out.push({
        id,
        strength: t.context === 'text' ? 0.6 : 0.95,
        evidence: [{ label: t.label ? `Thumbprint in ${t.label}` : 'Thumbprint in the input', quote: t.quote }, quoteCert(attached, 'Attached certificate')],
        bindings: { ...certBindings(attached), thumbprint: t.clean, newThumbprint: newThumb, notBefore: isoDate(attached.facts.notBefore) },
        facts: [
          { label: `Configured thumbprint${t.label ? ` (${t.label})` : ''}`, value: t.clean },
          { label: 'Attached certificate', value: `${newThumb} (${attached.facts.subject || 'empty subject'}, valid from ${isoDate(attached.facts.notBefore)} to ${isoDate(attached.facts.notAfter)})` },
        ],
      });
    }
    return out;
  },
};
