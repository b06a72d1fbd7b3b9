// DPM does not accept self-signed certificates. certutil says "Root Certificate: Subject matches
// Issuer" for them; otherwise issuer and subject are compared.
import type { Rule } from '../rule';
import { blockSignal, certutilBlocks, sameName } from './certutil-blocks';
import { DPM_REQUIREMENTS } from './citations';

export const dpmCertSelfSigned: Rule = {
  id: 'dpm.cert-self-signed',
  description: 'certutil shows a self-signed certificate (issuer equals subject, or "Root Certificate: Subject matches Issuer").',
  citations: DPM_REQUIREMENTS,
  run({ intake }) {
    return certutilBlocks(intake).flatMap((c) => {
      if (c.rootCertificate !== true && !sameName(c.issuer, c.subject)) return [];
      return [blockSignal(intake, c, 'dpm.cert-self-signed', 0.85, { label: 'issuer', value: c.issuer?.trim() || 'same as subject' })];
    });
  },
};
