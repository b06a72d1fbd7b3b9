// One certificate's bytes in, its facts and generic verdicts out: the entry point the benchmark
// times and the CLI can call without an intake. Synchronous, no WebCrypto.

import { readFacts, type CertificateFacts } from './facts';
import { isCa, revocationInfo, weakKey } from './profile';
import { validityAt, type Validity } from './validity';

export interface CertificateAnalysis {
  facts: CertificateFacts;
  validity: Validity;
  /** Generic problems, as the signal suffixes the rules emit ("expired", "sha1-signature", …). */
  problems: string[];
  ca: boolean;
}

export function analyseCertificate(der: Uint8Array, now: Date): CertificateAnalysis {
  const facts = readFacts(der);
  const validity = validityAt(facts, now);
  return { facts, validity, problems: genericProblems(facts, validity), ca: isCa(facts) };
}

export function genericProblems(f: CertificateFacts, v: Validity): string[] {
  const out: string[] = [];
  if (v.state !== 'valid') out.push(v.state);
  if (weakKey(f)) out.push('weak-key');
  if (f.signature.hash === 'SHA-1' && !f.selfSigned) out.push('sha1-signature');
  if (f.signature.hash === 'MD5' || f.signature.hash === 'MD2') out.push('md5-signature');
  if (!f.subject) out.push('empty-subject');
  if (f.version < 3) out.push('version-1');
  if (!f.selfSigned && revocationInfo(f) === 'none') out.push('no-revocation-info');
  return out;
}
