// The seed rules on real pasted text read by the real intake readers: guards the contract between
// the readers' evidence and what the rules expect (field names, store names, operations).
import { readFileSync } from 'fs';
import { join } from 'path';
import { readInputs } from '../../core/intake';
import { allRules } from '../../core/rules';
import { buildKnowledge } from '../../knowledge/load';
import { NOW } from './helpers';

const dataDir = join(__dirname, '..', '..', 'knowledge', 'data');
const knowledge = buildKnowledge(
  ['common.yaml', 'dpm.yaml', 'scep-flow.yaml', 'store-hygiene.yaml'].map((f) => ({ path: `data/${f}`, text: readFileSync(join(dataDir, f), 'utf8') })),
);

async function signalsFor(text: string): Promise<string[]> {
  const intake = await readInputs([{ name: 'message', content: text }], knowledge, { now: NOW });
  const ids = allRules.flatMap((r) => r.run({ intake, knowledge, now: NOW, language: intake.language }).map((s) => s.id));
  return [...new Set(ids)].sort();
}

describe('seed rules on real pastes', () => {
  it('Set-DPMCredentials with a spaced thumbprint', async () => {
    const s = await signalsFor('Set-DPMCredentials -DPMServerName DPM2012.contoso.com -Type Certificate -Action Configure -OutputFilePath C:\\Temp -Thumbprint "49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a"');
    expect(s).toContain('thumbprint.spaces');
  });

  it('certutil -store -v my with a CNG key and a 512-bit key', async () => {
    const text = `C:\\>certutil -store -v my
my "Personal"
================ Certificate 0 ================
X509 Certificate:
Version: 3
Serial Number: 5da52bdc000226d4c235
Issuer:
    CN=Contoso Issuing CA 01
 NotBefore: 9/14/2025 7:31 AM
 NotAfter: 9/14/2027 7:31 AM
Subject:
    CN=backup02.contoso.com
Public Key Length: 512 bits
    Application Policies
        [1]Application Certificate Policy:
             Policy Identifier=Server Authentication
        [2]Application Certificate Policy:
             Policy Identifier=Client Authentication
Cert Hash(sha1): 6d1e8c6f0e4b0f2c9a3d5e7f8a9b0c1d2e3f4a5b
  CERT_KEY_PROV_INFO_PROP_ID(2):
    Key Container = te-DPMAuth-2f1c9a7e-5b0d-4c3e-9f8a-1b2c3d4e5f60
    Provider = Microsoft Software Key Storage Provider
    ProviderType = 0
    Flags = 20
    KeySpec = 0
`;
    const s = await signalsFor(text);
    expect(s).toEqual(expect.arrayContaining(['dpm.cert-cng-key', 'dpm.cert-key-too-short']));
    expect(s).not.toContain('dpm.cert-missing-auth-eku');
  });

  it('NDES IIS log of the seed: healthy; the same PKIOperation with 414: too large', async () => {
    const ok = `#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2016-06-10 02:44:06 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACert&message=MDM 443 - 10.1.1.5 - - 200 0 0 0
2016-06-10 02:44:06 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=MDM 443 - 10.1.1.5 - - 200 0 0 31
2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 200 0 0 502`;
    expect(await signalsFor(ok)).toContain('scep.ndes-iis-healthy');
    const tooLong = ok.replace(/200 0 0 502$/, '414 0 0 15');
    const s = await signalsFor(tooLong);
    expect(s).toContain('scep.iis-request-too-large');
    expect(s).not.toContain('scep.ndes-iis-healthy');
  });

  it('CRP.log of the seed is healthy', async () => {
    const text = `<![LOG[Validation Phase 1 finised with status True.]LOG]!><time="02:44:12.0814310" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">
<![LOG[Validation Phase 3 finished with status True.]LOG]!><time="02:44:12.1504338" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">
<![LOG[VerifyRequest Finished with status True]LOG]!><time="02:44:12.1514137" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">`;
    expect(await signalsFor(text)).toContain('scep.crp-validation-passed');
  });

  it('root store listing with an intermediate and a server certificate', async () => {
    const text = `PS C:\\> Get-ChildItem cert:\\LocalMachine\\root | Where-Object {$_.Issuer -ne $_.Subject} | Format-List Subject,Issuer,Thumbprint,HasPrivateKey,PSParentPath

Subject       : CN=Go Daddy Secure Certificate Authority - G2, OU=http://certs.godaddy.com/repository/, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US
Issuer        : CN=Go Daddy Root Certificate Authority - G2, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US
Thumbprint    : 27AC9369FAF25207BB2627CEFACCBE4EF9C319B8
HasPrivateKey : False
PSParentPath  : Microsoft.PowerShell.Security\\Certificate::LocalMachine\\root
`;
    const s = await signalsFor(text);
    expect(s).toContain('tls.root-store-non-self-signed');
    expect(s).not.toContain('thumbprint.wrong-length');
  });
});
