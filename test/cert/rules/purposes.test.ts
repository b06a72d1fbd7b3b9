// NDES, ConfigMgr, IIS, Lync, Schannel client authentication and store placement.
import { ndesCertificatesRule } from '../../../core/rules/cert/ndes-certificates';
import { configMgrPkiRule } from '../../../core/rules/cert/configmgr-pki';
import { iisHttpsBindingRule } from '../../../core/rules/cert/iis-https-binding';
import { lyncServerRule } from '../../../core/rules/cert/lync-server';
import { schannelClientAuthRule } from '../../../core/rules/cert/schannel-client-auth';
import { storePlacementRule } from '../../../core/rules/cert/store-placement';
import { KeyUsageFlags } from '@peculiar/x509';
import { der, EKU, leaf, rootCa, subCa, type Ca } from '../fixtures';
import { ids, run } from './helpers';

let root: Ca;
let issuing: Ca;
beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
});

describe('cert.ndes-certificates', () => {
  const Q = 'NDES stopped issuing, here is the RA certificate';
  it('an RA certificate (Certificate Request Agent) with signature usage passes; without usable key usage it is flagged', async () => {
    expect(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.requestAgent], keyUsage: KeyUsageFlags.digitalSignature }))], Q)).toEqual([]);
    expect(ids(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.requestAgent], keyUsage: KeyUsageFlags.dataEncipherment }))], Q))).toEqual(['cert.ndes.ra-key-usage']);
  });
  it('a server-auth-only certificate fits neither NDES role', async () => {
    expect(ids(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.server] }))], Q))).toEqual(['cert.ndes.wrong-eku']);
  });
  it('the policy module certificate: client auth with more than 2048 bits is flagged', async () => {
    expect(ids(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.client], bits: 3072 }))], Q))).toEqual(['cert.ndes.client-auth-key-size']);
    expect(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.client] }))], Q)).toEqual([]);
  });
  it('is not applicable without NDES in the input', async () => {
    expect(run(ndesCertificatesRule, [der(await leaf(issuing, { eku: [EKU.server] }))], 'is this ok')).toEqual([]);
  });
});

describe('cert.configmgr-pki', () => {
  const Q = 'SCCM client does not pick up this certificate';
  it('client auth with Key Usage a0 passes; with signature only it is flagged', async () => {
    expect(run(configMgrPkiRule, [der(await leaf(issuing, { eku: [EKU.client] }))], Q)).toEqual([]);
    expect(ids(run(configMgrPkiRule, [der(await leaf(issuing, { eku: [EKU.client], keyUsage: KeyUsageFlags.digitalSignature }))], Q))).toEqual(['cert.configmgr.client-key-usage']);
  });
  it('neither client nor server authentication is flagged', async () => {
    expect(ids(run(configMgrPkiRule, [der(await leaf(issuing, { eku: ['1.3.6.1.5.5.7.3.3'] }))], Q))).toEqual(['cert.configmgr.wrong-eku']);
  });
});

describe('cert.iis-https-binding', () => {
  it('flags a host the SAN does not cover and binds the host', async () => {
    const c = der(await leaf(issuing, { eku: [EKU.server], san: [{ type: 'dns', value: 'www.contoso.com' }] }));
    const s = run(iisHttpsBindingRule, [c], 'IIS binding for portal.contoso.com');
    expect(ids(s)).toEqual(['cert.iis.host-not-covered']);
    expect(s[0].bindings?.host).toBe('portal.contoso.com');
  });
  it('a wildcard covers one label', async () => {
    const c = der(await leaf(issuing, { eku: [EKU.server], san: [{ type: 'dns', value: '*.contoso.com' }] }));
    expect(run(iisHttpsBindingRule, [c], 'IIS binding for portal.contoso.com')).toEqual([]);
    expect(ids(run(iisHttpsBindingRule, [c], 'https binding for a.portal.contoso.com'))).toEqual(['cert.iis.host-not-covered']);
  });
  it('flags a client-auth-only certificate and a certificate without SAN', async () => {
    expect(ids(run(iisHttpsBindingRule, [der(await leaf(issuing, { eku: [EKU.client] }))], 'for our IIS site'))).toEqual(['cert.iis.no-server-auth']);
    expect(ids(run(iisHttpsBindingRule, [der(await leaf(issuing, { eku: [EKU.server], san: null }))], 'for our IIS site'))).toEqual(['cert.iis.no-san']);
  });
});

describe('cert.lync-server', () => {
  it('flags missing Server Authentication and missing CDP', async () => {
    expect(ids(run(lyncServerRule, [der(await leaf(issuing, { eku: [EKU.client], cdp: null }))], 'Lync front end certificate'))).toEqual(['cert.lync.no-cdp', 'cert.lync.no-server-auth']);
    expect(run(lyncServerRule, [der(await leaf(issuing))], 'Lync front end certificate')).toEqual([]);
  });
});

describe('cert.schannel-client-auth', () => {
  it('flags a server-only certificate for client authentication', async () => {
    expect(ids(run(schannelClientAuthRule, [der(await leaf(issuing, { eku: [EKU.server] }))], 'used for TLS client authentication'))).toEqual(['cert.schannel.no-client-auth']);
    expect(run(schannelClientAuthRule, [der(await leaf(issuing))], 'used for TLS client authentication')).toEqual([]);
  });
});

describe('cert.store-placement', () => {
  it('an intermediate CA belongs in Intermediate, a root in Root', async () => {
    expect(ids(run(storePlacementRule, [der(issuing.cert)], 'it is in the Trusted Root store'))).toEqual(['cert.store.intermediate-in-root']);
    expect(ids(run(storePlacementRule, [der(root.cert)], 'I put it into Intermediate Certification Authorities'))).toEqual(['cert.store.root-in-intermediate']);
    expect(run(storePlacementRule, [der(root.cert)], 'it is in the Trusted Root store')).toEqual([]);
  });
});
