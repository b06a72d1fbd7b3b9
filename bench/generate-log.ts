// A realistic large log for the benchmark: mostly healthy CMTrace and IIS lines, a few failures
// scattered through it, the way a 5 MB paste of a ConfigMgr/NDES server looks.
const HEALTHY = [
  '<![LOG[Calling VerifyRequest ...]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:646">',
  '<![LOG[Sending request to certificate registration point.]LOG]!><time="02:44:11.789+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="httprequest.cpp:114">',
  '<![LOG[Verify challenge returns true]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="1" thread="2900" file="ndesplugin.cpp:834">',
  '2016-06-10 02:44:06 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=GetCACaps&message=default 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 200 0 0 13',
  'ConfigureCertificates.cs(400) NORMAL Getting certificate for thumbPrint : 8d8bddbc15d73f3c20c3faf3faab9b69075e582c',
];
const FAILURES = [
  '<![LOG[Verify challenge returns false]LOG]!><time="02:45:11.000+00" date="06-10-2016" component="NDESPlugin" context="" type="3" thread="2900" file="ndesplugin.cpp:834">',
  "EndpointMessage(Queue='MP_HinvEndpoint', ID={CC96DB74-AD08-48DD-B422-0E06EC5A243C}): Will be discarded (0x8009000d). CcmExec 1/11/2005 10:12:16 AM 3944 (0x0F68)",
  '2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG 443 - 10.1.1.5 Mozilla/4.0 - 414 0 0 15',
];

export function generateLog(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const line = i % 997 === 0 ? FAILURES[(i / 997) % FAILURES.length] : HEALTHY[i % HEALTHY.length];
    lines.push(line);
    size += line.length + 2;
    i++;
  }
  return lines.join('\r\n');
}
