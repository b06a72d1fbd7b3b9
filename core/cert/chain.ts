// Chains across the certificates of one turn: which certificate issued which (issuer/subject
// names and AKI/SKI key ids), whether each signature verifies (Node's OpenSSL, so MD5 and DSA links
// verify too), where the path stops, and whether it reaches a self-signed root.

import { X509Certificate as NodeX509 } from 'node:crypto';
import type { CertificateFacts } from './facts';

export interface ChainLink {
  child: CertificateFacts;
  parent: CertificateFacts;
  signatureValid: boolean;
}

export interface ChainReport {
  /** Leaf first, as Windows' chain builder orders it. */
  path: CertificateFacts[];
  links: ChainLink[];
  /** The path ends in a self-signed certificate. */
  rootPresent: boolean;
  /** When the path stops at a certificate that is not self-signed: the issuer name that is missing. */
  missingIssuer?: string;
  /** A certificate whose subject matches the issuer name but whose key id does not (a renewed CA key). */
  keyIdMismatch?: { child: CertificateFacts; candidate: CertificateFacts };
  /** How the user's order relates to the path: leaf first, root first, or mixed. */
  order: 'leaf-first' | 'root-first' | 'mixed' | 'single';
  /** Attached certificates that are not part of this path. */
  unrelated: CertificateFacts[];
}

const nodeCache = new Map<string, NodeX509 | null>();

function nodeCert(f: CertificateFacts): NodeX509 | null {
  let c = nodeCache.get(f.thumbprint);
  if (c === undefined) {
    try {
      c = new NodeX509(Buffer.from(f.der, 'base64'));
    } catch {
      c = null;
    }
    if (nodeCache.size > 500) nodeCache.clear();
    nodeCache.set(f.thumbprint, c);
  }
  return c;
}

/** Whether parent's key verifies child's signature. */
export function signedBy(child: CertificateFacts, parent: CertificateFacts): boolean {
  const c = nodeCert(child);
  const p = nodeCert(parent);
  if (!c || !p) return false;
  try {
    return c.verify(p.publicKey);
  } catch {
    return false;
  }
}

/** Names compare case-insensitively, as CryptoAPI's CertCompareCertificateName does for its string forms. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The leaf: a certificate that issued none of the others (the first such in the user's order). */
function leafOf(certs: CertificateFacts[]): CertificateFacts {
  return certs.find((c) => !certs.some((o) => o !== c && sameName(o.issuer, c.subject) && !o.selfSigned)) ?? certs[0];
}

/** Builds the path from the leaf through the given certificates. `certs` is in the user's order. */
export function buildChain(certs: CertificateFacts[]): ChainReport {
  const leaf = leafOf(certs);
  const path = [leaf];
  const links: ChainLink[] = [];
  let keyIdMismatch: ChainReport['keyIdMismatch'];
  let current = leaf;
  while (!current.selfSigned && path.length <= certs.length) {
    const named = certs.filter((c) => !path.includes(c) && sameName(c.subject, current.issuer));
    const byKey = named.filter((c) => !current.authorityKeyId || !c.subjectKeyId || c.subjectKeyId === current.authorityKeyId);
    if (named.length && !byKey.length) keyIdMismatch ??= { child: current, candidate: named[0] };
    const verified = byKey.find((c) => signedBy(current, c));
    const parent = verified ?? byKey[0];
    if (!parent) break;
    links.push({ child: current, parent, signatureValid: !!verified });
    path.push(parent);
    current = parent;
  }
  const top = path[path.length - 1];
  const rootPresent = top.selfSigned;
  const positions = path.map((p) => certs.indexOf(p));
  const ascending = positions.every((p, i) => i === 0 || p > positions[i - 1]);
  const descending = positions.every((p, i) => i === 0 || p < positions[i - 1]);
  return {
    path,
    links,
    rootPresent,
    missingIssuer: rootPresent ? undefined : top.issuer,
    keyIdMismatch,
    order: path.length === 1 ? 'single' : ascending ? 'leaf-first' : descending ? 'root-first' : 'mixed',
    unrelated: certs.filter((c) => !path.includes(c)),
  };
}
