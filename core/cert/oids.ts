// Names Windows prints for the object identifiers a certificate carries, so that the reply reads
// like certutil -dump and the certificate dialog, not like an ASN.1 dump.
// Sources: RFC 5280 §4.2.1.12; IX509ExtensionEnhancedKeyUsage (learn.microsoft.com certenroll);
// MS-WCCE 2.2.2.7.7; wincrypt.h szOID_* constants.

/** Enhanced Key Usage / application policy OIDs with their Windows display names. */
export const EKU_NAMES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.5': 'IP security end system',
  '1.3.6.1.5.5.7.3.6': 'IP security tunnel termination',
  '1.3.6.1.5.5.7.3.7': 'IP security user',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '1.3.6.1.5.5.8.2.2': 'IP security IKE intermediate',
  '1.3.6.1.4.1.311.20.2.1': 'Certificate Request Agent',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
  '1.3.6.1.4.1.311.10.3.4.1': 'File Recovery',
  '1.3.6.1.4.1.311.10.3.12': 'Document Signing',
  '1.3.6.1.4.1.311.10.12.1': 'All application policies',
  '1.3.6.1.4.1.311.21.5': 'Private Key Archival',
  '1.3.6.1.4.1.311.21.6': 'Key Recovery Agent',
  '1.3.6.1.4.1.311.21.19': 'Directory Service Email Replication',
  '1.3.6.1.4.1.311.54.1.2': 'Remote Desktop Authentication',
  '1.3.6.1.4.1.311.87': 'AAD Conditional Access',
  '1.3.6.1.5.2.3.5': 'KDC Authentication',
  '2.5.29.37.0': 'Any Purpose',
};

export const OID = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  certRequestAgent: '1.3.6.1.4.1.311.20.2.1',
  anyEku: '2.5.29.37.0',
  allApplicationPolicies: '1.3.6.1.4.1.311.10.12.1',
  upn: '1.3.6.1.4.1.311.20.2.3',
  // Extensions
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  certificatePolicies: '2.5.29.32',
  msTemplateName: '1.3.6.1.4.1.311.20.2', // V1 template name (szOID_ENROLL_CERTTYPE_EXTENSION)
  msTemplate: '1.3.6.1.4.1.311.21.7', // V2+ template OID and version
  msApplicationPolicies: '1.3.6.1.4.1.311.21.10',
  aiaOcsp: '1.3.6.1.5.5.7.48.1',
  aiaCaIssuers: '1.3.6.1.5.5.7.48.2',
} as const;

/** Any-purpose EKUs: a certificate that carries one is good for every usage (RFC 5280, Windows). */
export const ANY_PURPOSE = new Set<string>([OID.anyEku, OID.allApplicationPolicies]);

export function ekuName(oid: string): string {
  return EKU_NAMES[oid] ?? oid;
}

/** Name attribute short names as Windows prints them in a distinguished name. */
export const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'S',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

export type HashName = 'MD2' | 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'none' | 'unknown';

/** Signature algorithms: Windows' name (certutil "Algorithm ObjectId … sha256RSA") and the hash it uses. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, { name: string; hash: HashName }>> = {
  '1.2.840.113549.1.1.2': { name: 'md2RSA', hash: 'MD2' },
  '1.2.840.113549.1.1.4': { name: 'md5RSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1RSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'sha224RSA', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'sha256RSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384RSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512RSA', hash: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', hash: 'unknown' },
  '1.2.840.10040.4.3': { name: 'sha1DSA', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.2': { name: 'sha256DSA', hash: 'SHA-256' },
  '1.2.840.10045.4.1': { name: 'sha1ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'sha256ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'sha384ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'sha512ECDSA', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519', hash: 'none' },
  '1.3.101.113': { name: 'Ed448', hash: 'none' },
};

/** Hash OIDs, for RSASSA-PSS parameters. */
export const HASH_OIDS: Readonly<Record<string, HashName>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
};

export const PUBLIC_KEY_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.10045.2.1': 'ECC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

/** Key Usage bits in BIT STRING order (bit 0 = digitalSignature), with Windows' names. */
export const KEY_USAGE_BITS: readonly string[] = [
  'Digital Signature',
  'Non-Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Signing',
  'Off-line CRL Signing',
  'Encipher Only',
  'Decipher Only',
];
