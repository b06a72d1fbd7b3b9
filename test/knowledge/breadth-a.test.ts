// Breadth part A: AD CS CA operation, enrollment and templates, revocation (CRL/OCSP/CAPI2),
// smart card logon and NTAuth, RDP/WinRM certificates, WSUS signing and Authenticode.
// Loads only common.yaml and these files, so a problem found here is ours.

import type { Knowledge } from '../../knowledge/graph';
import { areaKnowledge, areaTexts, BREADTH_A_FILES as OUR_FILES, describeAreaChecks, inFiles } from './area-files';

/** The symptom ids whose message patterns match the text (patterns only: the intake is not involved). */
function patternHits(k: Knowledge, text: string): string[] {
  const out: string[] = [];
  for (const s of k.symptoms.values()) {
    const res = [...(s.match.patterns ?? [])];
    if (res.some((r) => new RegExp(r, 'i').test(text))) out.push(s.id);
  }
  return out;
}

/**
 * Texts as Windows and the tools print them (quoted from the cited sources), each with the symptom that
 * must recognise it. Symptoms of files not yet written are skipped.
 */
const SAMPLES: { symptom: string; text: string }[] = [
  {
    symptom: 'adcs-ca.event-100-revocation-offline',
    text: 'Event ID 100: Active Directory Certificate Services did not start: Could not load or verify the current CA certificate.  Contoso Issuing CA  The revocation function was unable to check revocation because the revocation server was offline. 0x80092013 (-2146885613 CRYPT_E_REVOCATION_OFFLINE).',
  },
  {
    symptom: 'adcs-ca.event-100-keyset',
    text: 'Active Directory Certificate Services did not start: Could not load or verify the current CA certificate.  Contoso CA Keyset does not exist 0x80090016 (-2146893802 NTE_BAD_KEYSET).',
  },
  {
    symptom: 'adcs-ca.event-42',
    text: 'Could not build a certificate chain for CA certificate 2 for ADCS Labor Issuing CA 3. A certificate chain could not be built to a trusted root authority. 0x800b010a (-2146762486 CERT_E_CHAINING).',
  },
  {
    symptom: 'adcs-ca.crl-publish-access-denied',
    text: 'Active Directory Certificate Services could not publish a Base CRL for key 0 to the following location: file://\\\\WEB01.intra.adcslabor.de\\pki$\\crl\\ADCS Labor Enterprise Root CA.crl.  Access is denied. 0x80070005 (WIN32: 5 ERROR_ACCESS_DENIED).',
  },
  {
    symptom: 'adcs-ca.crl-publish-path',
    text: 'Active Directory Certificate Services could not publish a Base CRL for key 0 to the following location: \\\\WEB01.intra.adcslabor.de\\pki$\\crl\\ADCS Labor Issuing CA 1.crl. The directory name is invalid. 0x8007010b (WIN32/HTTP: 267 ERROR_DIRECTORY)',
  },
  {
    symptom: 'adcs-ca.rpc-unavailable',
    text: 'An error occurred whilst enrolling for a certificate. The certificate request could not be submitted to the certification authority.\nUrl: ca01.contoso.com\\MyPKI\nError: The RPC server is unavailable.  0x800706ba (WIN32: 1722 RPC_S_SERVER_UNAVAILABLE)',
  },
  {
    symptom: 'adcs-ca.dcom-10027',
    text: 'The machine wide limit settings do not grant Remote Activation permission for COM Server applications to the user NT AUTHORITY\\ANONYMOUS LOGON SID (S-1-5-7) from address 10.0.0.5 running in the application container Unavailable SID (Unavailable).',
  },
  {
    symptom: 'adcs-ca.jet-column-too-big',
    text: 'CertSrv: Field length is greater than maximum 0xc80005e2 (ESE: -1506 JET_errColumnTooBig)',
  },
  {
    symptom: 'adcs-ca.service-disabled-1058',
    text: 'Windows could not start the Active Directory Certificate Services service on Local Computer.\nError 1058: The service cannot be started, either because it is disabled or because it has not enabled devices associated with it.',
  },
  {
    symptom: 'enrollment.unsupported-cert-type',
    text: 'Active Directory Certificate Services denied request 11 because The requested certificate template is not supported by this CA. 0x80094800 (-2146875392 CERTSRV_E_UNSUPPORTED_CERT_TYPE). The request was for CONTOSO\\DC$.',
  },
  {
    symptom: 'enrollment.web-no-templates',
    text: 'No certificate templates could be found. You do not have permission to request a certificate from this CA, or an error occurred while accessing the Active Directory.',
  },
  {
    symptom: 'enrollment.web-https-required',
    text: 'In order to complete certificate enrollment, the Web site for the CA must be configured to use HTTPS authentication.',
  },
  {
    symptom: 'enrollment.autoenroll-event-6',
    text: 'Automatic certificate enrollment for local system failed (0x8007054b) The specified domain either does not exist or could not be contacted.',
  },
  {
    symptom: 'revocation.iis-404-11',
    text: '2024-05-02 10:11:12 10.0.0.1 GET /CertEnroll/Contoso+Issuing+CA+1+.crl - 80 - 10.0.0.9 Microsoft-CryptoAPI/10.0 - 404 11 0 1',
  },
  {
    symptom: 'revocation.event-4107',
    text: 'Failed extract of third-party root list from auto update cab at: <http://www.download.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab> with error: A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.',
  },
  {
    symptom: 'smartcard-ntauth.kdc-revocation-offline',
    text: 'The revocation status of the domain controller certificate used for smart card authentication could not be determined. There is additional information in the system event log. Please contact your system administrator.',
  },
  {
    symptom: 'smartcard-ntauth.credentials-not-verified',
    text: 'The system could not log you on. Your credentials could not be verified.',
  },
  {
    symptom: 'rdp-winrm.winrm-no-cert',
    text: 'Message = Cannot create a WinRM listener on HTTPS because this machine does not have an appropriate certificate. To be used for SSL, a certificate must have a CN matching the hostname, be appropriate for Server Authentication, and not be expired, revoked, or self-signed.',
  },
  {
    symptom: 'rdp-winrm.rcm-1057',
    text: 'The Terminal Server has failed to create a new self signed certificate to be used for Terminal Server authentication on SSL connections. The relevant status code was Key not valid for use in specified state.',
  },
  {
    symptom: 'wsus-codesigning.signtool-no-cert',
    text: 'SignTool Error: No certificates were found that met all the given criteria.',
  },
  {
    symptom: 'wsus-codesigning.ps-not-signed',
    text: 'File C:\\Scripts\\deploy.ps1 cannot be loaded. The file C:\\Scripts\\deploy.ps1 is not digitally signed. You cannot run this script on the current system.',
  },
];

/** Texts that name certificates but describe none of our faults: no symptom of ours may fire. */
const UNRELATED = [
  'CertUtil: -ping command completed successfully.',
  'Certificate enrollment for Local system successfully load policy from policy server',
  'The Network Device Enrollment Service started successfully.',
  'I renewed the web server certificate yesterday and everything works, just wanted to share.',
];

describeAreaChecks('breadth A', OUR_FILES, { minCauses: 65 });

describe('breadth A knowledge files', () => {
  const k = areaKnowledge(OUR_FILES);
  const ourFile = inFiles(OUR_FILES);

  it('weights every indication inside (0, 1] and points only at causes of ours', () => {
    for (const s of k.symptoms.values()) {
      if (!ourFile(s.file)) continue;
      for (const ind of s.indicates) {
        expect(ind.weight).toBeGreaterThan(0);
        expect(ind.weight).toBeLessThanOrEqual(1);
        expect(ourFile(k.causes.get(ind.cause)!.file)).toBe(true);
      }
    }
  });

  it.each(SAMPLES)('recognises a real Windows text as $symptom', ({ symptom, text }) => {
    if (!k.symptoms.has(symptom)) {
      // The file that holds it is not written yet; the lint and count tests still guard the rest.
      return;
    }
    expect(patternHits(k, text)).toContain(symptom);
  });

  it('has a sample for a symptom of every file written so far', () => {
    const files = new Set(SAMPLES.filter((s) => k.symptoms.has(s.symptom)).map((s) => k.symptoms.get(s.symptom)!.file));
    const written = new Set(areaTexts(OUR_FILES).map((t) => t.path));
    for (const f of OUR_FILES) if (written.has(`data/${f}`)) expect(files).toContain(`data/${f}`);
  });

  it.each(UNRELATED)('stays quiet on an unrelated line: %s', (text) => {
    const ourHits = patternHits(k, text).filter((id) => ourFile(k.symptoms.get(id)!.file));
    expect(ourHits).toEqual([]);
  });

});
