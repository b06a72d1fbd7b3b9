// The sentences a user reads when an input holds something other than a readable certificate.
// One sentence each: what is wrong, and what to send instead.

const EXPORT_HINT =
  'export it from the Certificates console (certlm.msc > All Tasks > Export, "DER encoded binary X.509 (.CER)" or "Base-64 encoded X.509 (.CER)") and attach that file';

export const notes = {
  empty: (name: string) => `"${name}" is empty (0 bytes): ${EXPORT_HINT}.`,
  tooLarge: (name: string, bytes: number) =>
    `"${name}" is ${(bytes / 1048576).toFixed(1)} MB, far too large for a certificate (a certificate is a few KB): attach only the certificate (.cer) or its chain (.p7b).`,
  truncated: (name: string) =>
    `"${name}" ends before the certificate does (the file was cut off, for example while copying): ${EXPORT_HINT}.`,
  notCertificate: (name: string) =>
    `"${name}" is not a certificate (its bytes are neither DER nor Base64/PEM text): ${EXPORT_HINT}.`,
  unknownStructure: (name: string) =>
    `"${name}" is ASN.1 data but not a certificate, PKCS#7 bundle or PKCS#12 file: ${EXPORT_HINT}.`,
  damaged: (name: string) =>
    `"${name}" has the outline of a certificate but its content is damaged and cannot be read: ${EXPORT_HINT}.`,
  brokenBase64: (name: string) =>
    `The Base64 text in "${name}" is damaged (characters are missing or were changed while copying), so it is not a readable certificate: paste the whole block from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- again, or attach the .cer file.`,
  pemWithoutEnd: (name: string, label: string) =>
    `The "-----BEGIN ${label}-----" block in "${name}" has no matching "-----END ${label}-----" line, so it was cut off: paste the whole block again, or attach the .cer file.`,
  emptyPkcs7: (name: string) =>
    `"${name}" is a PKCS#7 (.p7b) bundle without any certificate in it: export the certificate again with "Include all certificates in the certification path" and attach that file.`,
  pkcs12: (name: string) =>
    `"${name}" is a PKCS#12 (.pfx/.p12) file, which carries the private key: treat that key as compromised now that it has left the server (revoke the certificate and issue a new one with a new key); I do not open .pfx files, password-protected or not, so export the certificate without its private key ("No, do not export the private key", .cer) and attach that instead.`,
  privateKey: (name: string, label: string) =>
    `"${name}" contains a private key (-----BEGIN ${label}-----): it is now exposed and must be treated as compromised, so revoke the certificate and issue a new one with a new key; I ignored the key and did not store it.`,
  request: (name: string) =>
    `"${name}" holds a certificate request (CSR), not a certificate: submit it to the CA (certreq -submit) and attach the issued .cer.`,
  crl: (name: string) =>
    `"${name}" is a certificate revocation list (CRL), not a certificate: attach the certificate (.cer) you want checked.`,
};
