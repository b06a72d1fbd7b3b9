// The @peculiar ASN.1 schema packages take ~150 ms to load (schemas are built by decorators at
// import). Most turns carry no certificate, and the CLI must answer a one-line paste in well under a
// second, so they load on the first certificate, PKCS#7 or PKCS#12 seen, then stay loaded.
import type * as Schema from '@peculiar/asn1-schema';
import type * as X509 from '@peculiar/asn1-x509';
import type * as Pfx from '@peculiar/asn1-pfx';
import type * as Microsoft from '@peculiar/asn1-x509-microsoft';
import type * as Cms from './asn1';

export interface Asn1Modules {
  AsnConvert: typeof Schema.AsnConvert;
  CertificateList: typeof X509.CertificateList;
  PFX: typeof Pfx.PFX;
  CertificateApplicationPolicies: typeof Microsoft.CertificateApplicationPolicies;
  CertificateTemplate: typeof Microsoft.CertificateTemplate;
  ContentInfo: typeof Cms.ContentInfo;
  SignedData: typeof Cms.SignedData;
  id_signedData: typeof Cms.id_signedData;
}

let loaded: Asn1Modules | undefined;

export function lazyAsn1(): Asn1Modules {
  if (!loaded) {
    const schema = require('@peculiar/asn1-schema') as typeof Schema;
    const x509 = require('@peculiar/asn1-x509') as typeof X509;
    const pfx = require('@peculiar/asn1-pfx') as typeof Pfx;
    const ms = require('@peculiar/asn1-x509-microsoft') as typeof Microsoft;
    const cms = require('./asn1') as typeof Cms;
    loaded = {
      AsnConvert: schema.AsnConvert,
      CertificateList: x509.CertificateList,
      PFX: pfx.PFX,
      CertificateApplicationPolicies: ms.CertificateApplicationPolicies,
      CertificateTemplate: ms.CertificateTemplate,
      ContentInfo: cms.ContentInfo,
      SignedData: cms.SignedData,
      id_signedData: cms.id_signedData,
    };
  }
  return loaded;
}
