// What the user wants the certificate for, read from their words and from the other evidence of
// the same turn: "for DPM", "IIS binding for portal.contoso.com", a DPM error ID, an NDES registry
// value. With no purpose found, the summary says what the certificate is fit for and what not.

import { evidenceOf, type Intake } from '../model/evidence';

export type Purpose = 'dpm' | 'ndes' | 'configmgr' | 'iis' | 'lync' | 'schannel-client' | 'store';

/** Knowledge component ids (mentions) that name a purpose. */
const COMPONENT_PURPOSE: Record<string, Purpose> = {
  dpm: 'dpm',
  ndes: 'ndes',
  configmgr: 'configmgr',
  iis: 'iis',
  lync: 'lync',
  'windows.schannel': 'schannel-client',
  'store.machine-root': 'store',
  'store.machine-ca': 'store',
};

/** The user's words, for when the mention reader does not know a phrase (English and German). */
const WORDS: [Purpose, RegExp][] = [
  ['dpm', /\bDPM\b|Data Protection Manager|Set-DPMCredentials|SetDpmServer|DPMRA\b/i],
  ['ndes', /\bNDES\b|\bSCEP\b|mscep|NDESCertThumbprint|Network Device Enrollment|registration authority|\bRA cert/i],
  ['configmgr', /\bSCCM\b|\bConfigMgr\b|\bMECM\b|Configuration Manager|management point|distribution point|\bCcmExec\b/i],
  ['iis', /\bIIS\b|https? binding|\bSSL binding|\bTLS binding|web ?server|web ?site|\bhttps:\/\//i],
  ['lync', /\bLync\b|Skype for Business|\bSfB\b|front ?end pool|Edge server/i],
  ['schannel-client', /client[- ]auth(?:entication)?\b|mutual TLS|\bmTLS\b|Schannel|smart ?card logon|Clientauthentifizierung/i],
  ['store', /root store|trusted root|Intermediate Certification|intermediate store|Stammzertifizierungsstellen|Zwischenzertifizierungsstellen|which store|welche[nm]? Speicher/i],
];

export interface PurposeContext {
  purposes: Set<Purpose>;
  /** A host name the user named ("IIS binding for portal.contoso.com"). */
  host?: string;
  /** The store the user says the certificate is in, when said. */
  store?: 'root' | 'intermediate';
}

/**
 * Purpose words are looked for in the head of the text: that is where users write what they want;
 * products named deeper in a long log still count through the mentions.
 */
const WORDS_WINDOW = 256 * 1024;

/** The text the user wrote, without certificate blocks (Base64 could spell anything). */
function userWords(intake: Intake): string {
  const text = [intake.question ?? '', (intake.text ?? '').slice(0, WORDS_WINDOW)].join('\n');
  return text
    .replace(/-----BEGIN [^-]+-----[\s\S]*?-----END [^-]+-----/g, ' ')
    // Each run is matched once (a {60,} quantifier would re-scan short runs from every position).
    .replace(/[A-Za-z0-9+/=]+/g, (run) => (run.length >= 60 ? ' ' : run));
}

/** Every certificate rule asks for the purpose; it is worked out once per intake. */
const contexts = new WeakMap<Intake, PurposeContext>();

const FILE_EXT = /\.(cer|crt|der|pem|p7b|p7c|pfx|p12|key|log|txt|exe|dll|ps1|cmd|bat|msc|xml|reg|cs|bin|json|yaml|evtx|csr|req|zip)$/i;

/** The first host name the user names: after "for", "host", "https://", or any FQDN-shaped word. */
export function namedHost(words: string): string | undefined {
  const url = /\bhttps?:\/\/([a-z0-9*][a-z0-9.-]*\.[a-z]{2,})/i.exec(words);
  if (url) return url[1].toLowerCase();
  const fqdn = /(?<![\w@.\\/-])((?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-]|\.[a-z0-9])/gi;
  let m: RegExpExecArray | null;
  while ((m = fqdn.exec(words))) {
    const host = m[1].toLowerCase();
    // File names and .NET namespaces ("System.Security…") have the shape of a host name but are not one.
    if (FILE_EXT.test(host) || /^(system|microsoft|windows)\./.test(host)) continue;
    return host;
  }
  return undefined;
}

export function purposeContext(intake: Intake): PurposeContext {
  let context = contexts.get(intake);
  if (!context) {
    context = computePurposeContext(intake);
    contexts.set(intake, context);
  }
  return context;
}

function computePurposeContext(intake: Intake): PurposeContext {
  const purposes = new Set<Purpose>();
  for (const m of evidenceOf(intake, 'mention')) {
    const p = COMPONENT_PURPOSE[m.component];
    if (p) purposes.add(p);
  }
  const words = userWords(intake);
  for (const [p, rx] of WORDS) if (rx.test(words)) purposes.add(p);
  if (evidenceOf(intake, 'dpm-id').length) purposes.add('dpm');
  for (const r of evidenceOf(intake, 'registry-value')) {
    if (/MSCEP|NDES/i.test(`${r.key}\\${r.name}`)) purposes.add('ndes');
  }
  for (const c of evidenceOf(intake, 'command')) {
    if (/dpm/.test(c.canonical)) purposes.add('dpm');
  }
  let store: PurposeContext['store'];
  if (/trusted root|root store|\\Root\b|Stammzertifizierungsstellen/i.test(words)) store = 'root';
  else if (/intermediate|\\CA\b|Zwischenzertifizierungsstellen/i.test(words)) store = 'intermediate';
  for (const l of evidenceOf(intake, 'cert-listing')) {
    if (/\\Root$/i.test(l.store ?? '')) store ??= 'root';
    if (/\\CA$/i.test(l.store ?? '')) store ??= 'intermediate';
  }
  if (store) purposes.add('store');
  const host = purposes.has('iis') || /\bbinding\b|\bhost ?name\b|\bsite\b/i.test(words) ? namedHost(words) : undefined;
  if (host) purposes.add('iis');
  return { purposes, host, store };
}
