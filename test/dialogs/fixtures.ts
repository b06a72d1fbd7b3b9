// Real texts for the guide tests: the seed fixtures (test/fixtures/text, copied from the seed
// documents as Windows prints them) plus a few lines written the way the tools print them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'text', name), 'utf8');

/** Seed 003's NDES IIS header with one PKIOperation rejected as too long (HTTP.sys / IIS 414). */
export const NDES_IIS_414 = [
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
  '2016-06-10 02:44:06 10.0.0.5 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACert&message=MDM 443 - 10.0.0.9 - - 200 0 0 0',
  '2016-06-10 02:44:06 10.0.0.5 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=MDM 443 - 10.0.0.9 - - 200 0 0 31',
  `2016-06-10 02:44:12 10.0.0.5 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=${'MIIHrwYJKoZIhvcNAQcCoIIHoDCCB5wCAQExDzANBglghkgBZQMEAgEFADCCAbEGCSqGSIb3DQEHAaCCAaIEggGeMIIBmjCCAZYGCSqGSIb3'.repeat(30)} 443 - 10.0.0.9 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 414 0 0 15`,
].join('\r\n');

/** NDESPlugin.log when the CRP refuses the challenge (seed 003's lines with the negative answer). */
export const NDESPLUGIN_CHALLENGE_FALSE = [
  '<![LOG[Calling VerifyRequest ...]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:646">',
  '<![LOG[Sending request to certificate registration point.]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="httprequest.cpp:114">',
  '<![LOG[Verify challenge returns false]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="3" thread="2900" file="ndesplugin.cpp:834">',
  '<![LOG[Exiting VerifyRequest with 0x80070005]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="3" thread="2900" file="ndesplugin.cpp:874">',
].join('\r\n');

/** CRP IIS log when the CRP refuses the NDES plug-in's client certificate (403.16, 0x800B0109). */
export const CRP_IIS_403 =
  '2016-06-10 02:44:12 10.0.0.7 POST /CMCertificateRegistration/Certificate/VerifyRequest - 443 - 10.0.0.5 NDES_Plugin - 403 16 2148204809 437 12';

/** CRP.log with a failed validation phase. */
export const CRP_LOG_FALSE = [
  '<![LOG[Validation Phase 1 started.]LOG]!><time="02:44:11.8513964" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
  '<![LOG[Validation Phase 1 finised with status True.]LOG]!><time="02:44:12.0814310" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="1" thread="238" file="">',
  '<![LOG[Validation Phase 3 finished with status False.]LOG]!><time="02:44:12.1504338" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="3" thread="238" file="">',
  '<![LOG[VerifyRequest Finished with status False]LOG]!><time="02:44:12.1514137" date="6-10-2016" component="CertificateRegistrationPoint" context="" type="3" thread="238" file="">',
].join('\r\n');
