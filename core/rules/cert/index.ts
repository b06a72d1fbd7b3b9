// Rules of this area, registered in core/rules/index.ts. Generic checks run on every certificate;
// purpose rules run when the input names their product (core/cert/purpose.ts).
import type { Rule } from '../rule';
import { chainRule } from './chain';
import { configMgrPkiRule } from './configmgr-pki';
import { dpmAgentAuthRule } from './dpm-agent-auth';
import { emptySubjectRule } from './empty-subject';
import { iisHttpsBindingRule } from './iis-https-binding';
import { lyncServerRule } from './lync-server';
import { ndesCertificatesRule } from './ndes-certificates';
import { privateKeyExposedRule } from './private-key-exposed';
import { revocationInfoRule } from './revocation-info';
import { schannelClientAuthRule } from './schannel-client-auth';
import { selfSignedLeafRule } from './self-signed';
import { storePlacementRule } from './store-placement';
import { summaryRule } from './summary';
import { thumbprintCorrelationRule } from './thumbprint-correlation';
import { validityRule } from './validity';
import { versionRule } from './version-1';
import { weakKeyRule } from './weak-key';
import { weakSignatureHashRule } from './weak-signature-hash';

export const rules: Rule[] = [
  privateKeyExposedRule,
  validityRule,
  weakKeyRule,
  weakSignatureHashRule,
  emptySubjectRule,
  versionRule,
  selfSignedLeafRule,
  revocationInfoRule,
  dpmAgentAuthRule,
  ndesCertificatesRule,
  configMgrPkiRule,
  iisHttpsBindingRule,
  lyncServerRule,
  schannelClientAuthRule,
  storePlacementRule,
  chainRule,
  thumbprintCorrelationRule,
  summaryRule,
];
