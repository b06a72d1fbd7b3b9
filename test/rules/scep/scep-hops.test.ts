// The SCEP rules against the seed's real log lines (seed 003): a healthy hop yields its "healthy"
// signal, a failing line removes it, and oversize requests are recognised from IIS status or length.
import { scepCrpIisHealthy } from '../../../core/rules/scep/crp-iis-healthy';
import { scepCrpValidationPassed } from '../../../core/rules/scep/crp-validation-passed';
import { scepIisRequestTooLarge } from '../../../core/rules/scep/iis-request-too-large';
import { scepNdesIisHealthy } from '../../../core/rules/scep/ndes-iis-healthy';
import { scepNdesPluginHealthy } from '../../../core/rules/scep/ndesplugin-healthy';
import { cmtrace, ctx, iis } from '../helpers';

const NDES_IIS = [
  '2016-06-10 02:44:06 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACert&message=MDM 443 - 10.1.1.5 - - 200 0 0 0',
  '2016-06-10 02:44:06 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=MDM 443 - 10.1.1.5 - - 200 0 0 31',
  '2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 200 0 0 502',
];
const CRP_IIS = [
  '2016-06-10 02:44:12 10.1.1.30 POST /CMCertificateRegistration/Certificate/VerifyRequest - 443 - 10.1.1.20 NDES_Plugin - 201 0 0 437',
  '2016-06-10 02:44:12 10.1.1.30 POST /CMCertificateRegistration/Certificate/Notify - 443 - 10.1.1.20 NDES_Plugin - 204 0 0 357',
];
const NDESPLUGIN = [
  '<![LOG[Calling VerifyRequest ...]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:646">',
  '<![LOG[Sending request to certificate registration point.]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="httprequest.cpp:114">',
  '<![LOG[Verify challenge returns true]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:834">',
  '<![LOG[Exiting VerifyRequest with 0x0]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:874">',
];
const CRP_LOG = [
  '<![LOG[Validation Phase 1 started.]LOG]!><time="02:44:11.8513964" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
  '<![LOG[Validation Phase 1 finised with status True.]LOG]!><time="02:44:12.0814310" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
  '<![LOG[Validation Phase 3 finished with status True.]LOG]!><time="02:44:12.1504338" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
  '<![LOG[VerifyRequest Finished with status True]LOG]!><time="02:44:12.1514137" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
];

describe('scep.iis-request-too-large', () => {
  it('recognises 414 on PKIOperation', () => {
    const r = iis(NDES_IIS[2].replace(' 200 0 0 502', ' 414 0 0 15'));
    const s = scepIisRequestTooLarge.run(ctx([r]));
    expect(s.map((x) => x.id)).toEqual(['scep.iis-request-too-large']);
    expect(s[0].facts?.[0].value).toBe('414');
  });
  it('recognises 404.14 and 404.15 from request filtering', () => {
    expect(scepIisRequestTooLarge.run(ctx([iis(NDES_IIS[2].replace(' 200 0 0 502', ' 404 15 0 1'))]))[0].facts?.[0].value).toBe('404.15');
    expect(scepIisRequestTooLarge.run(ctx([iis(NDES_IIS[2].replace(' 200 0 0 502', ' 404 14 0 1'))]))).toHaveLength(1);
  });
  it('treats a very long PKIOperation that failed with another 4xx as too large, more weakly', () => {
    const r = iis(NDES_IIS[2].replace(' 200 0 0 502', ' 400 0 0 1'), { queryLength: 5000 });
    expect(scepIisRequestTooLarge.run(ctx([r]))[0].strength).toBeLessThan(0.9);
  });
  it('ignores successful requests and a plain 404', () => {
    expect(scepIisRequestTooLarge.run(ctx([...NDES_IIS.map((l) => iis(l)), iis(NDES_IIS[0].replace(' 200 0 0 0', ' 404 0 2 0'))]))).toEqual([]);
  });
});

describe('scep.ndes-iis-healthy', () => {
  it('all SCEP operations answered 200 → healthy', () => {
    const s = scepNdesIisHealthy.run(ctx(NDES_IIS.map((l) => iis(l))));
    expect(s.map((x) => x.id)).toEqual(['scep.ndes-iis-healthy']);
    expect(s[0].strength).toBeGreaterThan(0.8);
  });
  it('GetCACert alone, answered 200 → not called healthy (the device stopped before GetCACaps)', () => {
    const only = NDES_IIS.map((l) => iis(l)).filter((r) => /GetCACert/i.test(r.operation ?? ''));
    expect(only.length).toBeGreaterThan(0);
    expect(scepNdesIisHealthy.run(ctx(only))).toEqual([]);
  });
  it('one failed SCEP request → not healthy', () => {
    const ev = NDES_IIS.map((l) => iis(l));
    ev.push(iis(NDES_IIS[2].replace(' 200 0 0 502', ' 500 0 1346 31')));
    expect(scepNdesIisHealthy.run(ctx(ev))).toEqual([]);
  });
});

describe('scep.crp-iis-healthy', () => {
  it('VerifyRequest 201 and Notify 204 → healthy', () => {
    expect(scepCrpIisHealthy.run(ctx(CRP_IIS.map((l) => iis(l))))).toHaveLength(1);
  });
  it('VerifyRequest 403 → not healthy', () => {
    expect(scepCrpIisHealthy.run(ctx([iis(CRP_IIS[0].replace(' 201 0 0 437', ' 403 16 2148204809 15'))]))).toEqual([]);
  });
});

describe('scep.ndesplugin-healthy', () => {
  it('the seed lines are healthy, from parsed lines and from raw text alike', () => {
    expect(scepNdesPluginHealthy.run(ctx(NDESPLUGIN.map(cmtrace)))[0].id).toBe('scep.ndesplugin-healthy');
    expect(scepNdesPluginHealthy.run(ctx([], NDESPLUGIN.join('\n')))).toHaveLength(1);
  });
  it('Verify challenge returns false (or a 403 page) is not healthy', () => {
    const failed = NDESPLUGIN.map((l) => l.replace('Verify challenge returns true', 'Verify challenge returns false'));
    expect(scepNdesPluginHealthy.run(ctx(failed.map(cmtrace)))).toEqual([]);
    const forbidden = [...NDESPLUGIN, NDESPLUGIN[2].replace('Verify challenge returns true', 'Verify challenge returns <!DOCTYPE html> 403 - Forbidden: Access is denied.')];
    expect(scepNdesPluginHealthy.run(ctx([], forbidden.join('\n')))).toEqual([]);
  });
});

describe('scep.crp-validation-passed', () => {
  it('phases and VerifyRequest True (with the CRP\'s own "finised" typo) → healthy', () => {
    const s = scepCrpValidationPassed.run(ctx(CRP_LOG.map(cmtrace)));
    expect(s.map((x) => x.id)).toEqual(['scep.crp-validation-passed']);
    expect(s[0].evidence.length).toBeGreaterThan(1);
  });
  it('VerifyRequest Finished with status False → not healthy', () => {
    const failed = CRP_LOG.map((l) => l.replace('VerifyRequest Finished with status True', 'VerifyRequest Finished with status False'));
    expect(scepCrpValidationPassed.run(ctx(failed.map(cmtrace)))).toEqual([]);
  });
  it('an unrelated log yields nothing', () => {
    expect(scepCrpValidationPassed.run(ctx(NDESPLUGIN.map(cmtrace)))).toEqual([]);
  });
});
