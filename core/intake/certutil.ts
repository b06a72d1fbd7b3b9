// certutil output: -store [-v], -dump, -verify. Certificates are split on the
// "================ Certificate N ================" banners (or one block from "X509 Certificate:"
// for -dump of a file); each block gives the fields rules need (key length, EKU, provider, KeySpec,
// exportability, key tests). Results and errors ("CertUtil: -store command FAILED: 0x…",
// "ERROR: …", revocation check lines) become CertutilResultEvidence.
import type { CertutilCertEvidence, CertutilResultEvidence } from '../model/evidence';
import { at, eachMatch, type Line, type ReadContext } from './context';

type Verb = CertutilCertEvidence['verb'];

function verbOf(text: string): Verb {
  const m = /certutil(?:\.exe)?((?:\s+[-/]\w+)+)/i.exec(text) ?? /CertUtil: -(\w+) command/i.exec(text);
  const words = (m?.[1] ?? '').toLowerCase();
  if (/\bstore\b|\bviewstore\b|\bverifystore\b/.test(words)) return 'store';
  if (/\bdump\b/.test(words)) return 'dump';
  if (/\bverify\b/.test(words)) return 'verify';
  return 'unknown';
}

/** Issuer/Subject: a value on the same line, or RDN lines indented below (certutil -v). */
function multiLine(lines: string[], i: number, inline: string): string {
  if (inline.trim()) return inline.trim();
  const rdns: string[] = [];
  const base = (lines[i].match(/^\s*/)?.[0].length ?? 0);
  for (let k = i + 1; k < lines.length && rdns.length < 20; k++) {
    const l = lines[k];
    const ind = l.match(/^\s*/)?.[0].length ?? 0;
    if (!l.trim()) {
      if (rdns.length || k > i + 2) break; // one blank line may sit between the label and its RDNs
      continue;
    }
    if (ind <= base) break;
    if (!/^\s*(?:[A-Za-z]{1,20}|\d+(?:\.\d+)+)=/.test(l)) break; // an RDN line is "CN=…", "DC=…", "1.2.3=…"
    rdns.push(l.trim());
  }
  return rdns.join(', ');
}

function readBlock(ctx: ReadContext, blockLines: Line[], verb: Verb, storeName: string | undefined, index: number | undefined): CertutilCertEvidence {
  // Blogs annotate certutil output ("Version: 3   <<<<<Denotes V3>>>>>", seed 000): drop the annotations.
  const lines = blockLines.map((l) => ctx.text.slice(l.start, Math.min(l.end, l.start + 2000)).replace(/\s*<{3,}.*$/, ''));
  const ev: CertutilCertEvidence = {
    kind: 'certutil-cert',
    ...at(ctx, blockLines[0].start, blockLines[blockLines.length - 1].end),
    verb,
    ...(storeName ? { storeName } : {}),
    ...(index !== undefined ? { index } : {}),
    applicationPolicies: [],
    enhancedKeyUsage: [],
  };
  let section = '';
  let keyProv = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = l.trim();
    if (!t) continue;
    let m: RegExpExecArray | null;
    if ((m = /^Version:\s*(?:V)?(\d+)/i.exec(t)) && ev.version === undefined) ev.version = Number(m[1]);
    else if ((m = /^(?:Cert )?Serial Number:\s*([0-9a-f ]+)$/i.exec(t))) ev.serialNumber = m[1].replace(/\s/g, '').toLowerCase();
    else if (/^Signature Algorithm:/i.test(t)) section = 'sig';
    else if (/^Public Key Algorithm:/i.test(t)) section = 'pk';
    else if ((m = /^Algorithm ObjectId:\s*(\S+)\s*(\S*)/i.exec(t))) {
      const name = m[2] || m[1];
      if (section === 'sig' && !ev.signatureAlgorithm) ev.signatureAlgorithm = name;
      if (section === 'pk' && !ev.publicKeyAlgorithm) ev.publicKeyAlgorithm = name;
    } else if ((m = /^Issuer:\s*(.*)$/i.exec(t)) && ev.issuer === undefined) ev.issuer = multiLine(lines, i, m[1]);
    else if ((m = /^Subject:\s*(.*)$/i.exec(t)) && ev.subject === undefined) ev.subject = multiLine(lines, i, m[1]);
    else if ((m = /^NotBefore:\s*(.+)$/i.exec(t))) ev.notBefore = m[1].trim();
    else if ((m = /^NotAfter:\s*(.+)$/i.exec(t))) ev.notAfter = m[1].trim();
    else if ((m = /^Public Key Length:\s*(\d+)/i.exec(t))) ev.publicKeyLength = Number(m[1]);
    else if (/^Application Policies\b/i.test(t)) section = 'app';
    else if (/^Enhanced Key Usage\b/i.test(t)) section = 'eku';
    else if ((m = /^Key Usage\s*[:=]\s*(.+)$/i.exec(t))) ev.keyUsage = m[1].trim();
    else if (/^Key Usage$/i.test(t)) section = 'ku';
    else if ((m = /^Policy Identifier=(.+)$/i.exec(t)) && section === 'app') ev.applicationPolicies.push(m[1].trim());
    else if ((m = /^(?:Template|Certificate Template Name \(Certificate Type\))\s*[:=]\s*(.+)$/i.exec(t))) ev.template ??= m[1].trim();
    else if ((m = /^Cert Hash\(sha1\):\s*([0-9a-f ]+)$/i.exec(t))) ev.certHashSha1 = m[1].replace(/\s/g, '').toLowerCase();
    else if ((m = /^Key Container\s*=\s*(.+)$/i.exec(t))) {
      ev.keyContainer = m[1].trim();
      keyProv = true;
    } else if ((m = /^Provider\s*=\s*(.+)$/i.exec(t))) {
      ev.provider = m[1].trim();
      keyProv = true;
    } else if ((m = /^ProviderType\s*=\s*(\d+)/i.exec(t))) ev.providerType = Number(m[1]);
    else if ((m = /^KeySpec\s*=\s*(\d+)(?:\s*--\s*(\w+))?/i.exec(t))) {
      ev.keySpec = Number(m[1]);
      if (m[2]) ev.keySpecName = m[2];
    } else if (/^Private key is NOT exportable/i.test(t)) ev.exportable = false;
    else if (/^Private key is exportable/i.test(t)) ev.exportable = true;
    else if ((m = /^Encryption test (passed|failed)/i.exec(t))) ev.encryptionTest = m[1].toLowerCase() as 'passed' | 'failed';
    else if ((m = /^Signature test (passed|failed)/i.exec(t))) ev.signatureTest = m[1].toLowerCase() as 'passed' | 'failed';
    else if (/^Root Certificate:/i.test(t)) ev.rootCertificate = true;
    else if (/^Non-root Certificate/i.test(t)) ev.rootCertificate = false;
    else if (/^(?:Missing stored keyset|No key provider information)/i.test(t)) ev.hasPrivateKey = false;
    else if (section === 'eku' && (m = /^(.+?)\s*\((\d+(?:\.\d+)+)\)$/.exec(t))) ev.enhancedKeyUsage.push(m[1], m[2]);
    else if (section === 'ku' && !ev.keyUsage && !/^\d/.test(t)) ev.keyUsage = t;
    else if (/^[\d.]+:\s*Flags\s*=/.test(t) || /^[A-Z_]+_PROP_ID\(\d+\):/.test(t)) section = '';
  }
  if (keyProv) ev.hasPrivateKey = true;
  else if (ev.hasPrivateKey === undefined && verb === 'store') ev.hasPrivateKey = false;
  return ev;
}

function readResults(ctx: ReadContext): CertutilResultEvidence[] {
  const out: CertutilResultEvidence[] = [];
  const { text } = ctx;
  eachMatch(/^[ \t]*CertUtil: -(\w{1,30}) command (completed successfully|FAILED)(?::?[ \t]*(0x[0-9a-f]{1,8})?([^\r\n]{0,300}))?/gim, text, (m) => {
    const ok = !/FAILED/i.test(m[2]);
    const code = m[3] ? parseInt(m[3], 16) >>> 0 : undefined;
    // The plain-language reason follows on the next "CertUtil: …" line.
    const after = /^\r?\n[ \t]*CertUtil: ([^\r\n]{1,300})/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 400));
    const message = (ok || !after ? m[0].trim().replace(/^CertUtil:\s*/i, '') : after[1]).trim();
    out.push({ kind: 'certutil-result', ...at(ctx, m.index, m.index + m[0].length), verb: m[1], ok, ...(code !== undefined ? { code } : {}), message });
  });
  eachMatch(/^[ \t]*(ERROR: [^\r\n]{1,400}|Certificate is REVOKED[^\r\n]{0,200}|(?:Leaf|CA) certificate revocation check (?:passed|failed)[^\r\n]{0,100}|Cannot check (?:leaf|CA) certificate revocation status[^\r\n]{0,200}|Revocation check skipped[^\r\n]{0,100}|CERT_TRUST_[A-Z_]+ \(0x[0-9a-f]+\)[^\r\n]{0,50})/gim, text, (m) => {
    const line = m[1].trim();
    if (/^error:/i.test(line) && !line.startsWith('ERROR:')) return; // certutil shouts; "Error: …" is someone else's
    const ok = /passed/i.test(line) && !/ERROR/.test(line);
    const code = /0x([0-9a-f]{8})/i.exec(line);
    out.push({ kind: 'certutil-result', ...at(ctx, m.index, m.index + m[0].length), ok, ...(code ? { code: parseInt(code[1], 16) >>> 0 } : {}), message: line });
  });
  // -verify chain status: "ChainContext.dwErrorStatus = CERT_TRUST_IS_UNTRUSTED_ROOT (0x20)",
  // "Element.dwErrorStatus = CERT_TRUST_IS_NOT_TIME_VALID (0x1)" — the error bits, one line each.
  eachMatch(/^[ \t]*(ChainContext|SimpleChain|Element)\.dwErrorStatus = (CERT_TRUST_[A-Z_]{3,60}) \((0x[0-9a-f]{1,8})\)/gim, text, (m) => {
    out.push({ kind: 'certutil-result', ...at(ctx, m.index, m.index + m[0].length), verb: 'verify', ok: false, message: `${m[1]}: ${m[2]} (${m[3]})` });
  });
  return out;
}

export function readCertutil(ctx: ReadContext): (CertutilCertEvidence | CertutilResultEvidence)[] {
  const { text, lines } = ctx;
  const hasBanner = /^=+ Certificate \d+ =+\s*$/m.test(text);
  const hasX509 = /^\s*X509 Certificate:/m.test(text);
  const hasResult = /CertUtil: -\w+ command|certificate revocation check|\.dwErrorStatus = CERT_TRUST_/i.test(text) || /^\s*ERROR: /m.test(text);
  if (!hasBanner && !hasX509 && !hasResult) return [];
  const verb = verbOf(text);
  const out: (CertutilCertEvidence | CertutilResultEvidence)[] = [];
  const storeLine = /^(\w{1,40}) "([^"\r\n]{1,80})"\s*$/m.exec(text);
  const storeName = storeLine?.[1] ?? /certutil(?:\.exe)?(?:\s+[-\u2013]\w+)*?\s+[-\u2013](?:store|viewstore)(?:\s+[-\u2013]\w+)*\s+["']?(\w{1,40})/i.exec(text)?.[1];
  if (hasBanner) {
    const banners: { line: number; index: number }[] = [];
    lines.forEach((l, i) => {
      const s = text.slice(l.start, Math.min(l.end, l.start + 200));
      const m = /^=+ Certificate (\d+) =+\s*$/.exec(s);
      if (m) banners.push({ line: i, index: Number(m[1]) });
    });
    banners.forEach((b, k) => {
      if (k >= 1000) return;
      let stop = k + 1 < banners.length ? banners[k + 1].line : lines.length;
      // The block ends at the closing "CertUtil: -store command …" line.
      for (let i = b.line + 1; i < stop; i++) {
        if (/^\s*CertUtil: /.test(text.slice(lines[i].start, lines[i].start + 20))) {
          stop = i;
          break;
        }
      }
      out.push(readBlock(ctx, lines.slice(b.line, stop), verb, storeName, b.index));
    });
  } else if (hasX509) {
    const first = lines.findIndex((l) => /^\s*X509 Certificate:/.test(text.slice(l.start, Math.min(l.end, l.start + 100))));
    let stop = lines.length;
    for (let i = first + 1; i < lines.length; i++) {
      if (/^\s*CertUtil: /.test(text.slice(lines[i].start, lines[i].start + 20))) {
        stop = i;
        break;
      }
    }
    out.push(readBlock(ctx, lines.slice(first, stop), verb === 'unknown' ? 'dump' : verb, storeName, undefined));
  }
  out.push(...readResults(ctx));
  return out;
}

