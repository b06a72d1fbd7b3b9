// The seed scenarios' knowledge (DPM, ConfigMgr machine keys, NDES policy module, SCEP flow, store
// hygiene, CAPI2 chain errors) loads, passes lint and keeps the ids other parts depend on. Loads only
// common.yaml and these files, so other areas' work in progress cannot break this test.
import { existsSync, readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';
import { buildKnowledge } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';

const FILES = [
  'common.yaml',
  'dpm.yaml',
  'configmgr-machine-keys.yaml',
  'ndes-policy-module.yaml',
  'scep-flow.yaml',
  'store-hygiene.yaml',
  'capi2-chain.yaml',
];
const dataDir = join(__dirname, '..', '..', 'knowledge', 'data');
const texts = FILES.map((f) => ({ path: `data/${f}`, text: readFileSync(join(dataDir, f), 'utf8') }));
const k = buildKnowledge(texts);
const FLOW_REFERENCE = /^flow "(scep|dpm|machine-keys|store-hygiene)" does not exist$/;

describe('seed-scenario knowledge', () => {
  it('lints clean (apart from shared components of common.yaml nobody here uses)', () => {
    // The guided flows live in flows.yaml (another area, not loaded here); the causes name them by id.
    const problems = lintKnowledge(k).filter(
      (p) => !(p.file === 'data/common.yaml' && /orphan component/.test(p.message)) && !FLOW_REFERENCE.test(p.message),
    );
    expect(problems).toEqual([]);
  });

  it('gives every cause at least three questions, a German title and sources', () => {
    for (const c of k.causes.values()) {
      if (c.file === 'data/common.yaml') continue;
      expect(c.questions.length).toBeGreaterThanOrEqual(3);
      expect(c.de?.title).toBeTruthy();
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it('points every seed cause at its guided flow, and the flows file (when present) has them', () => {
    const expected: Record<string, string> = { dpm: 'dpm', scep: 'scep', configmgr: 'machine-keys', tls: 'store-hygiene' };
    for (const c of k.causes.values()) if (expected[c.area]) expect({ id: c.id, flow: c.flow }).toEqual({ id: c.id, flow: expected[c.area] });
    const flowsFile = join(dataDir, 'flows.yaml');
    if (!existsSync(flowsFile)) return;
    const flows = (load(readFileSync(flowsFile, 'utf8')) as { flows?: { id: string }[] }).flows ?? [];
    expect(flows.map((f) => f.id)).toEqual(expect.arrayContaining(Object.values(expected)));
  });

  it('keeps the ids and signals other engineers rely on', () => {
    expect(k.causes.has('ndes.policy-module-stale-thumbprint')).toBe(true);
    const ndesSignal = [...k.symptoms.values()].find((s) => s.match.signals?.includes('cert.thumbprint-mismatch.ndes-registry'));
    expect(ndesSignal?.indicates.map((i) => i.cause)).toContain('ndes.policy-module-stale-thumbprint');
  });

  it('fills the corrected Set-DPMCredentials line with the cleaned thumbprint', () => {
    const r = k.remediations.get('dpm.rerun-with-clean-thumbprint');
    expect(r?.steps.some((s) => /Set-DPMCredentials .*-Thumbprint \{thumbprint\}/.test(s.command ?? ''))).toBe(true);
  });

  it('gives the NDESCertThumbprint registry command with the new thumbprint and an IIS restart', () => {
    const r = k.remediations.get('ndes.update-policy-thumbprint');
    const commands = r?.steps.map((s) => s.command ?? '').join('\n') ?? '';
    expect(commands).toMatch(/reg add .*NDESPolicy.* \/v NDESCertThumbprint \/t REG_SZ \/d \{newThumbprint\} \/f/);
    expect(commands).toMatch(/iisreset/);
  });

  it('references only signals the seed rules emit or the certificate correlation rule owns', () => {
    // Signals written here must exist as rule outputs; a typo would leave a symptom that can never match.
    const known = new Set([
      'thumbprint.spaces',
      'thumbprint.hidden-chars',
      'thumbprint.wrong-length',
      'thumbprint.non-hex',
      'dpm.cert-cng-key',
      'dpm.cert-keyspec-not-exchange',
      'dpm.cert-key-too-short',
      'dpm.cert-missing-auth-eku',
      'dpm.cert-no-private-key',
      'dpm.cert-self-signed',
      'dpm.cert-expired',
      'dpm.cert-not-v3',
      'dpm.cert-subject-empty',
      'scep.iis-request-too-large',
      'scep.ndes-iis-healthy',
      'scep.ndesplugin-healthy',
      'scep.crp-iis-healthy',
      'scep.crp-validation-passed',
      'tls.root-store-non-self-signed',
      'tls.ca-store-self-signed',
      'tls.my-store-without-key',
      'tls.ca-store-with-key',
      'tls.root-store-too-many',
      'cert.thumbprint-mismatch.ndes-registry',
    ]);
    for (const s of k.symptoms.values()) for (const sig of s.match.signals ?? []) expect(known).toContain(sig);
  });

  it('compiles every message pattern and matches the seed wording it was written for', () => {
    const pattern = (id: string) => (k.symptoms.get(id)?.match.patterns ?? []).map((p) => new RegExp(p, 'i'));
    const any = (id: string, text: string) => pattern(id).some((r) => r.test(text));
    expect(any('dpm.error-33231', 'Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8b')).toBe(true);
    expect(any('dpm.error-33234-not-trusted', 'The certificate is not trusted on the local machine.')).toBe(true);
    expect(any('configmgr.trusted-key-and-mp-cert-changed', 'Both the trusted key and the mp certificate have changed on server')).toBe(true);
    expect(any('configmgr.www-1008', 'Could not start the WWW Publishing Service. Error 1008. An attempt was made to reference a token that does not exist.')).toBe(true);
    expect(any('tls.lync-fabric-routing-sync', 'Failed to sync data for Routing group {0D51A9AA} from backup store.')).toBe(true);
    expect(any('tls.lync-fabric-routing-sync', 'Failed to sync data für Routing group {0D51A9AA} from backup store.')).toBe(true);
    // DPM prints the full requirement list after every 33234; only the detail lines above it may count.
    const list = `The following requirements are not met for the certificate.

The certificate is not trusted on the local machine.

Please make sure certificate fulfills the following requirements:
2) The revocation servers of the associated Certificate Authorities are online.
4) The certificate's public key length is greater than or equal to 1024 bits.`;
    expect(any('dpm.error-33234-not-trusted', list)).toBe(true);
    expect(any('dpm.error-33234-revocation', list)).toBe(false);
    expect(any('dpm.error-33234-key-length', list)).toBe(false);
    expect(any('dpm.error-33234-key-length', list.replace('not trusted on the local machine', "public key length is less than 1024 bits"))).toBe(true);
    expect(any('tls.schannel-36885', 'Currently, this server trusts so many certificate authorities that the list has grown too long.')).toBe(true);
    // 403 as time-taken of a healthy CRP call is not a refusal; 403 as status is.
    expect(any('scep.crp-403', 'POST /CMCertificateRegistration/Certificate/VerifyRequest - 443 - 10.1.1.20 NDES_Plugin - 201 0 0 403')).toBe(false);
    expect(any('scep.crp-403', 'POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.5 NDES_Plugin - 403 16 2148204809 15')).toBe(true);
    // A healthy CRP line must not look like a failure.
    expect(any('scep.crp-verify-false', 'VerifyRequest Finished with status True')).toBe(false);
    expect(any('scep.crp-verify-false', 'VerifyRequest Finished with status False')).toBe(true);
  });
});
