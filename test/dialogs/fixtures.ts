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

/** `sc query DPMRA` on a protected computer whose agent is stopped. */
export const SC_QUERY_DPMRA_STOPPED = [
  'SERVICE_NAME: DPMRA',
  '        TYPE               : 10  WIN32_OWN_PROCESS',
  '        STATE              : 1  STOPPED',
  '        WIN32_EXIT_CODE    : 1077  (0x435)',
  '        SERVICE_EXIT_CODE  : 0  (0x0)',
  '        CHECKPOINT         : 0x0',
  '        WAIT_HINT          : 0x0',
].join('\r\n');

/** Test-NetConnection from the DPM server to a protected computer's 6076 that is blocked. */
export const TNC_6076_FAILED = [
  'WARNING: TCP connect to (10.0.0.20 : 6076) failed',
  '',
  '',
  'ComputerName           : member01.contoso.com',
  'RemoteAddress          : 10.0.0.20',
  'RemotePort             : 6076',
  'InterfaceAlias         : Ethernet',
  'SourceAddress          : 10.0.0.10',
  'PingSucceeded          : True',
  'PingReplyDetails (RTT) : 0 ms',
  'TcpTestSucceeded       : False',
].join('\r\n');

/** netstat on a healthy protected computer. */
export const NETSTAT_6076_LISTENING = [
  '  TCP    0.0.0.0:6076           0.0.0.0:0              LISTENING       2412',
  '  TCP    [::]:6076              [::]:0                 LISTENING       2412',
].join('\r\n');

/** Attach-ProductionServerWithCertificate given a bin file name without its path (seed 000). */
export const ATTACH_BIN_NOT_FOUND =
  'Attach-ProductionServerWithCertificate.ps1 : The file CertificateConfiguration_MemberServer.Contoso.com.bin could not be found.';

/** reg query of the DPM Certificates key on a computer where it was removed (seed 000's test c–f). */
export const REG_CERTIFICATES_NOT_FOUND = [
  'C:\\>reg query "HKLM\\SOFTWARE\\Microsoft\\Microsoft Data Protection Manager\\Agent\\2.0\\Certificates" /s',
  'ERROR: The system was unable to find the specified registry key or value.',
].join('\r\n');

/** Seed 001: IIS after the machine keys were replaced. */
export const WWW_1008 = [
  'Could not start the World Wide Web Publishing Service service on Local Computer.',
  '',
  'Error 1008: An attempt was made to reference a token that does not exist.',
].join('\r\n');

/** Seed 001: inventory discarded on the MP. */
export const HINV_DISCARDED = "EndpointMessage(Queue='MP_HinvEndpoint', ID={CC96DB74-AD08-48DD-B422-0E06EC5A243C}): Will be discarded (0x8009000d). CcmExec 1/11/2005 10:12:16 AM 3944 (0x0F68)";

/** Seed 001: the clients' LocationServices.log. */
export const TRUSTED_KEY_CHANGED =
  'Both the trusted key and the mp certificate have changed on server SMS01. The client cannot validate the authentication information. LocationServices 1/9/2005 4:12:01 PM';

/** Seed 004: a Lync server's Trusted Root with hundreds of roots. */
export const ROOT_COUNT_412 = ['PS C:\\> (Get-ChildItem Cert:\\LocalMachine\\Root | Measure-Object).Count', '412'].join('\r\n');
