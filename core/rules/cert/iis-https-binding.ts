// IIS / HTTPS binding: the certificate needs Server Authentication, a SAN that covers the host
// name the site is reached by (browsers ignore the CN), and must not be a CA certificate.
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { httpsServerUnmet } from '../../cert/requirements';
import { dnsNames } from '../../cert/profile';
import { certSignal, judgedCertificates, RFC5280 } from './shared';

export const iisHttpsBindingRule: Rule = {
  id: 'cert.iis-https-binding',
  description: 'Judges a certificate for an IIS HTTPS binding: Server Authentication, SAN covering the named host.',
  citations: [
    { ...RFC5280, note: '§4.2.1.12 Extended Key Usage id-kp-serverAuth' },
    { title: 'RFC 6125 §6.4.4: clients do not fall back to the CN when a SAN is present', url: 'https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4' },
    { title: 'Chrome 58 removed support for commonName matching (Subject Alternative Name required)', url: 'https://developer.chrome.com/blog/chrome-58-deprecations#remove_support_for_commonname_matching_in_certificates' },
  ],
  run(ctx) {
    const pc = purposeContext(ctx.intake);
    if (!pc.purposes.has('iis')) return [];
    const out: Signal[] = [];
    for (const c of judgedCertificates(ctx.intake)) {
      const f = c.facts;
      const unmet = httpsServerUnmet(f, pc.host);
      const names = dnsNames(f).join(', ') || '(none)';
      const host: Record<string, string> = pc.host ? { host: pc.host } : {};
      if (unmet.includes('eku-server')) {
        out.push(certSignal('cert.iis.no-server-auth', c, 1, [{ label: 'Enhanced Key Usage', value: f.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(empty)' }], host));
      }
      if (unmet.includes('host')) {
        out.push(certSignal('cert.iis.host-not-covered', c, 1, [{ label: 'Names in the certificate', value: `${names}; the binding's host is ${pc.host}` }], { ...host, certNames: names }));
      } else if (unmet.includes('san-missing')) {
        out.push(certSignal('cert.iis.no-san', c, 0.8, [{ label: 'Subject Alternative Name', value: `(none; CN ${f.subjectCommonName ?? '(none)'})` }], host));
      }
    }
    return out;
  },
};
