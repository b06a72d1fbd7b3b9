// The ASN.1 classes the certificate reader uses, in one place, so that the readers import a
// single module and the dependency on @peculiar's schema packages is visible at a glance.
export {
  AuthorityInfoAccessSyntax,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  CRLDistributionPoints,
  ExtendedKeyUsage,
  GeneralName,
  KeyUsage,
  Name,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
} from '@peculiar/asn1-x509';
export { ContentInfo, SignedData, id_signedData } from '@peculiar/asn1-cms';
