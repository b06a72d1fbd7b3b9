// DPM certificate-based agent authentication (workgroup / untrusted-domain protected servers):
// the certificate requirements DPM checks before Set-DPMCredentials / SetDpmServer accept it
// (error 33234). What a .cer cannot show — the private key, KeySpec AT_KEYEXCHANGE, a legacy CSP
// rather than CNG — is said in the facts with the command that shows it.
import { evidenceOf, type Intake } from '../../model/evidence';
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { dpmUnmet } from '../../cert/requirements';
import { isCa, revocationInfo } from '../../cert/profile';
import { validityAt } from '../../cert/validity';
import { genericProblems } from '../../cert/analyse';
import { certSignal, distinctCertificates, judgedCertificates, DPM_REQUIREMENTS } from './shared';

const NOT_IN_A_CER = {
  label: 'Not visible in a .cer',
  value:
    'private key present, KeySpec = 1 (AT_KEYEXCHANGE) and a legacy CSP rather than a CNG key: run "certutil -store -v my" on the machine and paste the block of this certificate',
};

/**
 * What a pasted certutil -store -v block of the same certificate says about its key: DPM needs a
 * private key with KeySpec 1 in a legacy CSP (a CNG key storage provider has ProviderType 0).
 * The DPM rules explain a failing key; here it only decides whether "fits" may be said.
 */
function keyProviderVerdict(intake: Intake, thumbprint: string): 'fit' | 'unfit' | 'unknown' {
  const same = evidenceOf(intake, 'certutil-cert').filter((e) => (e.certHashSha1 ?? '').replace(/[^0-9a-f]/gi, '').toUpperCase() === thumbprint);
  if (!same.length) return 'unknown';
  const e = same[0];
  if (e.hasPrivateKey === false || e.providerType === 0 || /Key Storage Provider/i.test(e.provider ?? '') || (e.keySpec !== undefined && e.keySpec !== 1)) return 'unfit';
  return e.keySpec === 1 && e.provider ? 'fit' : 'unknown';
}

export const dpmAgentAuthRule: Rule = {
  id: 'cert.dpm-agent-auth',
  description: 'Judges a certificate against DPM agent-authentication requirements when the input is about DPM.',
  citations: [
    DPM_REQUIREMENTS,
    { title: 'How to use certificates to authenticate computers in workgroups or untrusted domains with DPM', url: 'http://blogs.technet.com/b/dpm/archive/2012/04/23/how-to-use-certificates-to-authenticate-computers-in-workgroups-or-untrusted-domains-with-data-protection-manager.aspx' },
  ],
  run(ctx) {
    if (!purposeContext(ctx.intake).purposes.has('dpm')) return [];
    // A certificate whose private key was just shared must be replaced, not configured.
    const exposed = new Set(evidenceOf(ctx.intake, 'private-key').map((k) => k.origin));
    const out: Signal[] = [];
    // "Subject name of the certificate and root certificate should not be empty": an attached root counts too.
    const emptyRoots = distinctCertificates(ctx.intake).filter((x) => x.facts.selfSigned && isCa(x.facts) && !x.facts.subject);
    for (const r of emptyRoots) out.push(certSignal('cert.dpm.empty-subject', r, 1, [{ label: 'Root CA subject', value: '(empty)' }]));
    for (const c of judgedCertificates(ctx.intake)) {
      const f = c.facts;
      const unmet = dpmUnmet(f);
      const eku = f.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(none)';
      if (unmet.includes('self-signed')) out.push(certSignal('cert.dpm.self-signed', c, 1, [{ label: 'Self-signed', value: `${f.subject} issued by itself` }]));
      const missing = [unmet.includes('eku-client') && 'Client Authentication', unmet.includes('eku-server') && 'Server Authentication'].filter(Boolean).join(' and ');
      if (missing) out.push(certSignal('cert.dpm.eku-missing', c, 1, [{ label: 'Enhanced Key Usage', value: `${eku}; missing ${missing}` }], { missingEku: missing }));
      if (unmet.includes('key-length')) out.push(certSignal('cert.dpm.key-too-short', c, 1, [{ label: 'Public key', value: `${f.publicKey.bits} bits (DPM needs at least 1024)` }]));
      if (unmet.includes('empty-subject')) out.push(certSignal('cert.dpm.empty-subject', c, 1));
      if (unmet.includes('version')) out.push(certSignal('cert.dpm.not-v3', c, 1, [{ label: 'Version', value: `V${f.version}` }]));
      if (unmet.includes('revocation')) out.push(certSignal('cert.dpm.no-revocation-info', c, 0.9, [{ label: 'Revocation', value: 'no CRL distribution point and no OCSP location' }]));
      const v = validityAt(f, ctx.now).state;
      const store = keyProviderVerdict(ctx.intake, f.thumbprint);
      if (unmet.length === 0 && (v === 'valid' || v === 'expiring-soon') && !exposed.has(c.origin) && store !== 'unfit' && !emptyRoots.length) {
        const facts = [
          { label: 'Thumbprint for Set-DPMCredentials', value: f.thumbprint.toLowerCase() },
          store === 'fit' ? { label: 'Private key (certutil)', value: 'present, KeySpec = 1 (AT_KEYEXCHANGE), legacy CSP: as DPM requires' } : NOT_IN_A_CER,
        ];
        if (revocationInfo(f) === 'ldap-only') {
          facts.push({ label: 'Revocation', value: 'CRL/OCSP only over LDAP: a workgroup or untrusted-domain machine cannot reach it; publish an HTTP CDP' });
        }
        // Problems DPM does not list (SHA-1, expiring soon) still come first: the fit is then said more quietly.
        const generic = genericProblems(f, validityAt(f, ctx.now)).filter((p) => p !== 'no-revocation-info');
        out.push(certSignal('cert.dpm.fits', c, generic.length ? 0.5 : 1, facts));
      }
    }
    return out;
  },
};
