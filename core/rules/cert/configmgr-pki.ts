// ConfigMgr PKI certificates: clients need Client Authentication with Key Usage a0 (Digital
// Signature, Key Encipherment); IIS site systems (MP, DP, SUP) need Server Authentication and
// their FQDN; CNG certificates must be RSA.
import type { Rule, Signal } from '../rule';
import { purposeContext } from '../../cert/purpose';
import { configMgrClientUnmet, configMgrSiteSystemUnmet } from '../../cert/requirements';
import { allowsUsage, hasEku } from '../../cert/profile';
import { OID } from '../../cert/oids';
import { certSignal, judgedCertificates } from './shared';

export const configMgrPkiRule: Rule = {
  id: 'cert.configmgr-pki',
  description: 'Judges ConfigMgr client and site-system (MP/DP) PKI certificates when the input is about ConfigMgr.',
  citations: [
    { title: 'PKI certificate requirements for Configuration Manager', url: 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/network/pki-certificate-requirements' },
    { title: 'CNG certificates overview (ConfigMgr): RSA only', url: 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/network/cng-certificates-overview' },
  ],
  run(ctx) {
    if (!purposeContext(ctx.intake).purposes.has('configmgr')) return [];
    const out: Signal[] = [];
    for (const c of judgedCertificates(ctx.intake)) {
      const f = c.facts;
      const client = allowsUsage(f, OID.clientAuth);
      const server = allowsUsage(f, OID.serverAuth);
      if (hasEku(f) && !client && !server) {
        out.push(certSignal('cert.configmgr.wrong-eku', c, 0.9, [{ label: 'Enhanced Key Usage', value: f.enhancedKeyUsage?.map((u) => u.name).join(', ') || '(empty)' }]));
        continue;
      }
      const unmet = client ? configMgrClientUnmet(f) : configMgrSiteSystemUnmet(f);
      if (client && unmet.includes('ku-a0')) {
        out.push(certSignal('cert.configmgr.client-key-usage', c, 0.9, [{ label: 'Key Usage', value: `${f.keyUsage?.names.join(', ')} (${f.keyUsage?.hex}); ConfigMgr clients need Digital Signature, Key Encipherment (a0)` }]));
      }
      if (unmet.includes('non-rsa')) {
        out.push(certSignal('cert.configmgr.non-rsa', c, 0.8, [{ label: 'Public key', value: `${f.publicKey.algorithm} ${f.publicKey.curve ?? ''}`.trim() }]));
      }
    }
    return out;
  },
};
