// Get-ChildItem Cert:\… listings, as Format-List (Subject : …, Thumbprint : …, PSParentPath : …) and
// as the default table ("Thumbprint  Subject" under "PSParentPath: …::LocalMachine\My"). The store
// comes from PSParentPath, else from the Get-ChildItem command above the listing.
import type { CertListingEvidence, ThumbprintEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';
import { makeThumbprint } from './thumbprints';

const STORE_NAMES: Record<string, string> = {
  my: 'My', root: 'Root', ca: 'CA', trust: 'Trust', disallowed: 'Disallowed', authroot: 'AuthRoot',
  trustedpeople: 'TrustedPeople', trustedpublisher: 'TrustedPublisher', webhosting: 'WebHosting',
  remote_desktop: 'Remote Desktop', smartcardroot: 'SmartCardRoot', trustedeventlog: 'TrustedEventLog',
  clientauthissuer: 'ClientAuthIssuer', ntauth: 'NTAuth', request: 'REQUEST', homegroup_machine_certificates: 'Homegroup Machine Certificates',
};

/** "Microsoft.PowerShell.Security\Certificate::LocalMachine\root" or "cert:\LocalMachine\root" → "LocalMachine\Root". */
export function storeOf(path: string): string | undefined {
  const m = /(LocalMachine|CurrentUser)[\\/]+([\w ]{1,40})/i.exec(path);
  if (!m) return undefined;
  const loc = m[1].toLowerCase() === 'localmachine' ? 'LocalMachine' : 'CurrentUser';
  const name = m[2].trim();
  return `${loc}\\${STORE_NAMES[name.toLowerCase()] ?? name}`;
}

const FL_KEYS = new Set(['subject', 'issuer', 'thumbprint', 'hasprivatekey', 'psparentpath', 'notafter', 'friendlyname', 'notbefore', 'serialnumber', 'pspath', 'dnsnamelist', 'enhancedkeyusagelist']);

export function readCertListing(ctx: ReadContext): (CertListingEvidence | ThumbprintEvidence)[] {
  const { text, lines } = ctx;
  if (!/^\s*Thumbprint\b/im.test(text)) return [];
  const out: (CertListingEvidence | ThumbprintEvidence)[] = [];
  let commandStore: string | undefined;
  let tableStore: string | undefined;
  let inTable = false;
  let block: { start: number; end: number; fields: Record<string, string>; thumbAt?: [number, number, string] } | undefined;
  let lastKey: string | undefined;

  const flush = () => {
    if (block && (block.fields.thumbprint || (block.fields.subject && block.fields.issuer))) {
      const f = block.fields;
      const store = (f.psparentpath && storeOf(f.psparentpath)) || (f.pspath && storeOf(f.pspath)) || commandStore;
      out.push({
        kind: 'cert-listing',
        ...at(ctx, block.start, block.end),
        ...(store ? { store } : {}),
        ...(f.subject !== undefined ? { subject: f.subject } : {}),
        ...(f.issuer !== undefined ? { issuer: f.issuer } : {}),
        ...(f.thumbprint ? { thumbprint: f.thumbprint.replace(/[^0-9a-f]/gi, '').toLowerCase() } : {}),
        ...(f.hasprivatekey ? { hasPrivateKey: /^true$/i.test(f.hasprivatekey) } : {}),
        ...(f.notafter ? { notAfter: f.notafter } : {}),
        ...(f.friendlyname ? { friendlyName: f.friendlyname } : {}),
      });
      if (block.thumbAt) out.push(makeThumbprint(ctx, block.thumbAt[0], block.thumbAt[1], block.thumbAt[2], 'listing', 'Thumbprint'));
    }
    block = undefined;
    lastKey = undefined;
  };

  for (const line of lines) {
    if (out.length >= 4000) break;
    if (line.end - line.start > 4000) continue;
    const s = text.slice(line.start, line.end);
    const cmd = /(?:Get-ChildItem|gci|dir|ls|Get-Item)\s+(?:-Path\s+)?["']?cert:[\\/]+([^\s|"']+)/i.exec(s);
    if (cmd) {
      flush();
      commandStore = storeOf(cmd[1]);
      inTable = false;
      continue;
    }
    const header = /^\s*PSParentPath:\s*(\S+)/.exec(s);
    if (header) {
      flush();
      tableStore = storeOf(header[1]);
      continue;
    }
    if (/^\s*Thumbprint\s{2,}Subject/i.test(s)) {
      flush();
      inTable = true;
      continue;
    }
    if (inTable) {
      if (/^\s*-{4,}/.test(s)) continue;
      const row = /^\s*([0-9A-Fa-f]{40})\s+(.*)$/.exec(s);
      if (row) {
        const store = tableStore ?? commandStore;
        const tStart = line.start + s.indexOf(row[1]);
        out.push({
          kind: 'cert-listing',
          ...at(ctx, line.start, line.end),
          ...(store ? { store } : {}),
          subject: row[2].trim(),
          thumbprint: row[1].toLowerCase(),
        });
        out.push(makeThumbprint(ctx, tStart, tStart + 40, row[1], 'listing', 'Thumbprint'));
        continue;
      }
      if (s.trim()) inTable = false;
    }
    const kv = /^([A-Za-z]{2,40})\s*:\s?(.*)$/.exec(s);
    const key = kv?.[1].toLowerCase();
    if (kv && key) {
      if (block && block.fields[key] !== undefined) flush();
      if (!FL_KEYS.has(key) && !block) continue;
      block ??= { start: line.start, end: line.end, fields: {} };
      block.fields[key] = kv[2].trim();
      block.end = line.end;
      lastKey = key;
      if (key === 'thumbprint') {
        const v = kv[2];
        const vs = line.start + s.indexOf(v, kv[1].length);
        block.thumbAt = [vs, vs + v.trimEnd().length, v.trimEnd()];
      }
    } else if (block && lastKey && /^\s{4,}\S/.test(s)) {
      block.fields[lastKey] = `${block.fields[lastKey]} ${s.trim()}`;
      block.end = line.end;
    } else if (!s.trim()) flush();
  }
  flush();
  return out;
}
