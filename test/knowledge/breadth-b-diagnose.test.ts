// Breadth part B, end to end: real texts as Windows and the products print them go through the intake
// and the diagnosis with common.yaml + the part-B files, and must land on the cause they document.
// Texts are quoted from the public sources each cause cites (event messages, log lines, exceptions).

import { diagnose } from '../../core';
import { areaKnowledge, BREADTH_B_FILES } from './area-files';

const knowledge = areaKnowledge(BREADTH_B_FILES);

async function top(text: string, n = 1): Promise<string[]> {
  const { reply } = await diagnose([{ name: 'message', content: text }], { knowledge, now: new Date('2024-06-01T00:00:00Z') });
  return reply.findings.slice(0, n).map((f) => f.id);
}

const CASES: { name: string; text: string; cause: string; within?: number }[] = [
  {
    name: 'Schannel 36870 with 0x8009030D, state 10001',
    text: `Log Name:      System
Source:        Schannel
Event ID:      36870
Level:         Error
Description:
A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.`,
    cause: 'schannel.private-key-access',
  },
  {
    name: 'IIS Manager 0x80070520 when adding the binding',
    text: 'There was an error while performing this operation. Details: A specified logon session does not exist. It may already have been terminated. (Exception from HRESULT: 0x80070520)',
    cause: 'iis.binding-key-unusable',
  },
  {
    name: '.NET Keyset does not exist under an app pool',
    text: `System.Security.Cryptography.CryptographicException: Keyset does not exist
   at System.Security.Cryptography.Utils.CreateProvHandle(CspParameters parameters, Boolean randomKeyContainer)
   at System.Security.Cryptography.RSACryptoServiceProvider.GetKeyPair()`,
    cause: 'dotnet.key-acl-denies-account',
  },
  {
    name: '.NET Framework app without TLS 1.2',
    text: 'System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.',
    cause: 'schannel.dotnet-strong-crypto-off',
  },
  {
    name: 'NDES event 10 parameter is incorrect',
    text: `Log Name: Application
Source: Microsoft-Windows-NetworkDeviceEnrollmentService
Event ID: 10
Level: Error
Description:
The Network Device Enrollment Service cannot retrieve one of its required certificates (0x80070057). The parameter is incorrect.`,
    cause: 'ndes.ra-key-not-readable',
  },
  {
    name: 'NDES GetCACert 500 0 1346 in the IIS log',
    text: `#Software: Microsoft Internet Information Services 10.0
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2024-05-30 10:12:01 10.0.0.5 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACert&message=default 443 - 10.0.0.9 Dalvik/2.1.0 - 500 0 1346 31`,
    cause: 'ndes.iis-iusrs-impersonate',
  },
  {
    name: 'Intune connector setup 0x80090014',
    text: 'AddNDESToCertPrivKey: Error 0x80090014: CryptAcquireContext failed',
    cause: 'ndes.connector-cert-v1-template',
  },
  {
    name: 'CA 0x80094800 from an NDES request',
    text: 'The Network Device Enrollment Service cannot submit the certificate request (The requested certificate template is not supported by this CA.). 0x80094800 (-2146875392 CERTSRV_E_UNSUPPORTED_CERT_TYPE)',
    cause: 'ndes.template-registry-mismatch',
  },
  {
    name: 'Schannel 36887 alert 48 received',
    text: 'Source: Schannel Event ID: 36887 A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 48.',
    cause: 'schannel.peer-rejects-certificate',
  },
  {
    name: 'German target principal name',
    text: 'Fehler 0x80090322: Der Zielprinzipalname ist falsch.',
    cause: 'schannel.remote-server-name-mismatch',
  },
  {
    name: 'ConfigMgr CRL failure in CcmMessaging',
    text: '[CCMHTTP] ERROR INFO: StatusCode=0 StatusText=WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED',
    cause: 'configmgr.crl-unreachable',
  },
  {
    name: 'ConfigMgr several client certificates',
    text: 'Failed to find a client certificate: 0x87d00282',
    cause: 'configmgr.multiple-client-certs',
  },
  {
    name: 'Lync 32042',
    text: `Log Name: Lync Server
Source: LS User Services
Event ID: 32042
Invalid incoming HTTPS certificate.
Subject Name: LyncFE01.contoso.local Issuer: Contoso-CA
Cause: This can happen if the HTTPS certificate has expired, or is untrusted.`,
    cause: 'lync.peer-https-cert-invalid',
  },
  {
    name: 'HttpEvent 15021 after deleting the old certificate',
    text: 'Source: HttpEvent Event ID: 15021 An error occurred while using SSL configuration for endpoint 0.0.0.0:444. The error status code is contained within the returned data.',
    cause: 'iis.binding-to-deleted-cert',
  },
  {
    name: 'iOS RA response invalid',
    text: 'MC: Cannot retrieve SCEP identity: Error Domain=MCSCEPErrorDomain Code=22013 "The Registration Authority\'s response is invalid."',
    cause: 'ndes.ios-ra-response-invalid',
  },
  {
    name: 'FIPS policy and a managed algorithm',
    text: 'System.InvalidOperationException: This implementation is not part of the Windows Platform FIPS validated cryptographic algorithms.\n   at System.Security.Cryptography.SHA256Managed..ctor()',
    cause: 'dotnet.fips-policy-blocks-algorithm',
  },
  {
    name: 'NDES password cache full',
    text: 'Network Device Enrollment Service – The password cache is full. Use one of the cached passwords or wait for an unused password to expire.',
    cause: 'ndes.password-cache-full',
  },
  {
    name: 'Browser 403.0 on mscep.dll',
    text: 'When I open https://ndes.contoso.com/certsrv/mscep/mscep.dll I get HTTP Error 403.0 - Forbidden. Is NDES broken?',
    cause: 'ndes.mscep-403-is-expected',
    within: 3,
  },
  {
    name: 'Lync federation TLS negotiation',
    text: 'ms-diagnostics: 1047;reason="Failed to complete TLS negotiation with a federated peer server";WinsockFailureCode="10054(WSAECONNRESET)"',
    cause: 'lync.federation-partner-untrusted',
  },
  {
    name: 'HTTP/2 refused by the browser',
    text: 'This site can\'t provide a secure connection. ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY',
    cause: 'iis.http2-blocklisted-cipher-order',
  },
];

describe('breadth B diagnosis on real texts', () => {
  it.each(CASES)('$name → $cause', async ({ text, cause, within }) => {
    expect(await top(text, within ?? 1)).toContain(cause);
  });

  it('does not claim a part-B cause for an unrelated text', async () => {
    expect(await top('The printer on floor 3 is out of paper again.', 3)).toEqual([]);
  });
});
