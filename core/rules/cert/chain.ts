// Chains: when several certificates arrive together (a .p7b, a PEM chain, a leaf plus its CA),
// check the path leaf → root: each link's names, key ids and signature, a missing intermediate,
// and whether the root is there. A single certificate is not a chain problem.
import type { Rule, Signal } from '../rule';
import { buildChain } from '../../cert/chain';
import { isCa } from '../../cert/profile';
import { certSignal, distinctCertificates, RFC5280 } from './shared';

export const chainRule: Rule = {
  id: 'cert.chain',
  description: 'Builds the chain across the attached certificates and flags bad signatures, key-id mismatches and missing intermediates.',
  citations: [
    { ...RFC5280, note: '§6.1 path validation; §4.2.1.1 Authority Key Identifier' },
    { title: 'Troubleshooting certificate chain building (CAPI2, AIA, intermediate store)', url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc700843(v=ws.10)' },
  ],
  run(ctx) {
    const certs = distinctCertificates(ctx.intake);
    if (certs.length < 2) return [];
    const byThumb = new Map(certs.map((c) => [c.facts.thumbprint, c]));
    const report = buildChain(certs.map((c) => c.facts));
    const leaf = byThumb.get(report.path[0].thumbprint)!;
    const chainFacts = [
      { label: 'Chain', value: report.path.map((p) => p.subjectCommonName ?? p.subject).join(' → ') + (report.rootPresent ? ' (root included)' : ' (no root)') },
      { label: 'Order in the input', value: report.order === 'leaf-first' ? 'leaf first' : report.order === 'root-first' ? 'root first (fine for a .p7b; PEM chain files for web servers list the leaf first)' : report.order },
    ];
    if (report.unrelated.length) chainFacts.push({ label: 'Not part of this chain', value: report.unrelated.map((u) => u.subject || u.thumbprint).join('; ') });
    const out: Signal[] = [];
    for (const link of report.links.filter((l) => !l.signatureValid)) {
      const child = byThumb.get(link.child.thumbprint)!;
      out.push(certSignal('cert.chain.signature-invalid', child, 1, chainFacts, { caName: link.parent.subject }));
    }
    if (report.keyIdMismatch) {
      const child = byThumb.get(report.keyIdMismatch.child.thumbprint)!;
      out.push(
        certSignal('cert.chain.key-id-mismatch', child, 0.9, [...chainFacts, { label: 'Key ids', value: `issued under key ${report.keyIdMismatch.child.authorityKeyId}, the attached CA certificate has key ${report.keyIdMismatch.candidate.subjectKeyId}` }], {
          caName: report.keyIdMismatch.candidate.subject,
        }),
      );
    } else if (report.missingIssuer !== undefined && !(report.path.length === 1 && isCa(report.path[0]))) {
      // Leaf + intermediate without the root is how servers send chains; a leaf whose issuer is absent is the real gap.
      out.push(certSignal('cert.chain.missing-issuer', leaf, report.path.length >= 2 ? 0.4 : 0.8, chainFacts, { caName: report.missingIssuer }));
    }
    if (!out.length) out.push(certSignal('cert.chain.complete', leaf, 1, chainFacts));
    return out;
  },
};
