// Breadth part A end to end: real Windows pastes go through the real intake and diagnosis engine
// with only common.yaml, the code tables and our area files loaded, and the cause the paste proves
// must come out on top. This is what a user sees; the pattern-level tests alone would not show
// that the engine reads events, codes and IIS lines the way the knowledge expects.

import { readInputs } from '../../core/intake';
import { diagnoseIntake } from '../../core/diagnose';
import { areaKnowledge, BREADTH_A_FILES } from './area-files';

const NOW = new Date('2026-11-22T00:00:00Z');

/** Pastes as admins paste them (event viewer "Copy details as text", certreq/certutil output, IIS log lines). */
const CASES: { name: string; text: string; top: string }[] = [
  {
    name: 'CA event 100 with the offline-root CRL expired',
    top: 'adcs-ca.parent-crl-unavailable',
    text: [
      'Log Name:      Application',
      'Source:        Microsoft-Windows-CertificationAuthority',
      'Event ID:      100',
      'Level:         Error',
      'Description:',
      'Active Directory Certificate Services did not start: Could not load or verify the current CA certificate.  Contoso Issuing CA The revocation function was unable to check revocation because the revocation server was offline. 0x80092013 (-2146885613 CRYPT_E_REVOCATION_OFFLINE).',
    ].join('\n'),
  },
  {
    name: 'CA event 100 with a missing key set',
    top: 'adcs-ca.ca-cert-or-key-missing',
    text: 'Active Directory Certificate Services did not start: Could not load or verify the current CA certificate.  Contoso CA Keyset does not exist 0x80090016 (-2146893802 NTE_BAD_KEYSET).',
  },
  {
    name: 'CRL publication denied',
    top: 'adcs-ca.crl-publish-no-permission',
    text: 'Active Directory Certificate Services could not publish a Base CRL for key 0 to the following location: file://\\\\WEB01.contoso.com\\pki$\\crl\\Contoso Root CA.crl.  Access is denied. 0x80070005 (WIN32: 5 ERROR_ACCESS_DENIED).',
  },
  {
    name: 'template not supported by the CA',
    top: 'enrollment.template-not-published',
    text: 'Certificate enrollment for Local system failed to enroll for a WebServerTemplate certificate with request ID 11 from dc.contoso.com\\Contoso CA (The requested certificate template is not supported by this CA. 0x80094800 (-2146875392 CERTSRV_E_UNSUPPORTED_CERT_TYPE)).',
  },
  {
    name: 'template permissions deny enrollment',
    top: 'enrollment.template-permission-missing',
    text: 'Certificate Request Processor: The permissions on the certificate template do not allow the current user to enroll for this type of certificate. 0x80094012 (-2146877422 CERTSRV_E_TEMPLATE_DENIED)',
  },
  {
    name: 'web enrollment without templates',
    top: 'enrollment.web-enrollment-no-templates',
    text: 'No certificate templates could be found. You do not have permission to request a certificate from this CA, or an error occurred while accessing the Active Directory.',
  },
  {
    name: 'delta CRL blocked by request filtering',
    top: 'revocation.delta-crl-double-escaping',
    text: [
      '#Software: Microsoft Internet Information Services 10.0',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
      '2026-11-20 08:01:02 10.0.0.5 GET /CertEnroll/Contoso+Issuing+CA+.crl - 80 - 10.0.0.77 Microsoft-CryptoAPI/10.0 - 404 11 0 3',
    ].join('\n'),
  },
  {
    name: 'revoked certificate',
    top: 'revocation.certificate-revoked',
    text: 'ERROR: Verifying leaf certificate revocation status returned The certificate is revoked. 0x80092010 (-2146885616 CRYPT_E_REVOKED)',
  },
  {
    name: 'root list extraction event 4107',
    top: 'revocation.root-list-cab-cache',
    text: 'Failed extract of third-party root list from auto update cab at: <http://www.download.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab> with error: A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
  },
  {
    name: 'KDC certificate revocation unknown at logon',
    top: 'smartcard-ntauth.kdc-revocation-offline',
    text: 'The revocation status of the domain controller certificate used for smart card authentication could not be determined. There is additional information in the system event log. Please contact your system administrator.',
  },
  {
    name: 'strong mapping event on the DC',
    top: 'smartcard-ntauth.weak-certificate-mapping',
    text: 'The Key Distribution Center (KDC) encountered a user certificate that was valid but could not be mapped to a user in a strong way (such as via explicit mapping, key trust mapping, or a SID).',
  },
  {
    name: 'WinRM HTTPS listener without certificate',
    top: 'rdp-winrm.winrm-no-suitable-cert',
    text: 'WSManFault\n    Message = Cannot create a WinRM listener on HTTPS because this machine does not have an appropriate certificate. To be used for SSL, a certificate must have a CN matching the hostname, be appropriate for Server Authentication, and not be expired, revoked, or self-signed.\nError number:  -2144108267 0x80338115',
  },
  {
    name: 'RDP self-signed certificate cannot be created',
    top: 'rdp-winrm.rdp-machinekeys-permissions',
    text: 'The Terminal Server has failed to create a new self signed certificate to be used for Terminal Server authentication on SSL connections. The relevant status code was Key not valid for use in specified state.',
  },
  {
    name: 'PowerShell script not signed',
    top: 'wsus-codesigning.script-not-signed',
    text: 'File C:\\Scripts\\deploy.ps1 cannot be loaded. The file C:\\Scripts\\deploy.ps1 is not digitally signed. You cannot run this script on the current system. For more information about running scripts and setting execution policy, see about_Execution_Policies.',
  },
  {
    name: 'signtool finds no certificate',
    top: 'wsus-codesigning.no-usable-code-signing-cert',
    text: 'Done Adding Additional Store\nSignTool Error: No certificates were found that met all the given criteria.',
  },
];

describe('breadth A pastes, end to end', () => {
  const knowledge = areaKnowledge(BREADTH_A_FILES, { codes: true });

  it.each(CASES)('puts the proven cause first: $name', async ({ text, top }) => {
    const intake = await readInputs([{ name: 'message', content: text }], knowledge, { now: NOW });
    const reply = diagnoseIntake(intake, knowledge, { now: NOW, rules: [] });
    expect(reply.findings.map((f) => f.id)[0]).toBe(top);
    // The finding is actionable: it carries a fix with a command and a source to read.
    const first = reply.findings[0];
    expect(first.remediation.some((s) => Boolean(s.command))).toBe(true);
    expect(first.references.length).toBeGreaterThan(0);
  });

  it('keeps every cause of a shared code in the top three: bare 0x80092013', async () => {
    const intake = await readInputs([{ name: 'message', content: 'certutil -verify fails with 0x80092013' }], knowledge, { now: NOW });
    const reply = diagnoseIntake(intake, knowledge, { now: NOW, rules: [] });
    const top3 = reply.findings.slice(0, 3).map((f) => f.id);
    expect(top3).toContain('revocation.cdp-unreachable');
    expect(top3).toContain('revocation.crl-expired');
  });

  it('offers both RPC causes for 0x800706BA and lets the DCOM event decide', async () => {
    const bare = await readInputs([{ name: 'message', content: 'certreq -submit: The RPC server is unavailable. 0x800706ba (WIN32: 1722 RPC_S_SERVER_UNAVAILABLE)' }], knowledge, { now: NOW });
    const bareTop2 = diagnoseIntake(bare, knowledge, { now: NOW, rules: [] }).findings.slice(0, 2).map((f) => f.id);
    expect(bareTop2.sort()).toEqual(['adcs-ca.ca-unreachable-rpc', 'adcs-ca.dcom-access-denied']);
    const withDcom = await readInputs(
      [
        {
          name: 'message',
          content:
            'The RPC server is unavailable. 0x800706ba\nThe machine wide limit settings do not grant Remote Activation permission for COM Server applications to the user NT AUTHORITY\\ANONYMOUS LOGON SID (S-1-5-7) from address 10.1.1.5',
        },
      ],
      knowledge,
      { now: NOW },
    );
    expect(diagnoseIntake(withDcom, knowledge, { now: NOW, rules: [] }).findings[0].id).toBe('adcs-ca.dcom-access-denied');
  });

  it('answers a German paste in German', async () => {
    const text = 'Die Sperrfunktion konnte die Sperrung nicht überprüfen, da der Sperrserver offline war. 0x80092013 (-2146885613 CRYPT_E_REVOCATION_OFFLINE)';
    const intake = await readInputs([{ name: 'message', content: text }], knowledge, { now: NOW });
    const reply = diagnoseIntake(intake, knowledge, { now: NOW, rules: [] });
    expect(reply.language).toBe('de');
    expect(reply.findings[0].id).toBe('revocation.cdp-unreachable');
    expect(reply.findings[0].title).toBe('Der Sperrlisten-Verteilungspunkt (CDP) oder OCSP ist vom Client aus nicht erreichbar');
  });

  it('lets no symptom of ours fire on a plain thank-you', async () => {
    const intake = await readInputs([{ name: 'message', content: 'thanks, that fixed it!' }], knowledge, { now: NOW });
    const reply = diagnoseIntake(intake, knowledge, { now: NOW, rules: [] });
    // The question index may still offer a weak guess; what must not happen is evidence from a symptom.
    const evidenceLabels = reply.findings.flatMap((f) => f.evidence.map((e) => e.label));
    expect(evidenceLabels.filter((l) => l !== 'Your question')).toEqual([]);
  });
});
