// Reading certificates from attachments and pastes. Owned by the certificate work (issue 3).
import type { Evidence, InputInfo } from '../model/evidence';

export interface CertificateMaterial {
  /** What the input is, when it is certificate material; undefined when it is not. */
  kind?: InputInfo['kind'];
  evidence: Evidence[];
  /** Plain-language notes for the user (private key exposed, unreadable DER, …). */
  notes: string[];
}

/**
 * Looks for certificates, PKCS#7 bundles, PKCS#12 containers and private keys in one input
 * (bytes of a file, or the text of a paste with PEM / Base64 blocks).
 */
export async function readCertificateMaterial(
  _content: Uint8Array | string,
  _input: number,
  _name: string,
): Promise<CertificateMaterial> {
  return { evidence: [], notes: [] };
}
