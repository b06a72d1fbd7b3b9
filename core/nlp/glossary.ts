// A German → English bridge for the words of this domain. Only the source scenarios and the most
// common causes carry German text, so a German question must also be able to reach a cause written
// in English only: "warum startet der Lync 2013 Frontend nicht" shares "Lync", "2013" and "Frontend"
// with the English cause but not "startet" (start) or "Dienste" (services). The query adds the English
// words of the German words it contains, at a lower weight than the words themselves.
//
// Keys are German words (any inflection: they are compared by German stem); long compounds are also
// split on a known word at their end or start ("Serverzertifikat" → server + certificate).

import { stem } from './stem';

const GERMAN_TO_ENGLISH: Record<string, string> = {
  fehlersuche: 'troubleshoot',
  fehlerbehebung: 'troubleshoot',
  anleitung: 'guide',
  geführt: 'guide',
  zertifikat: 'certificate',
  zertifikate: 'certificate',
  dienst: 'service',
  dienste: 'service',
  starten: 'start',
  startet: 'start',
  gestartet: 'start',
  neustart: 'restart',
  alt: 'old',
  alte: 'old',
  speicher: 'store',
  zertifikatspeicher: 'certificate store',
  fehler: 'error',
  fehlgeschlagen: 'failed',
  schlägt: 'fails',
  funktioniert: 'works',
  schlüssel: 'key',
  privat: 'private',
  privaten: 'private',
  öffentlich: 'public',
  abgelaufen: 'expired',
  ablauf: 'expiry',
  gültig: 'valid',
  ungültig: 'invalid',
  gültigkeitsdauer: 'validity period',
  vertrauenswürdig: 'trusted',
  vertrauen: 'trust',
  stammzertifizierungsstelle: 'root ca',
  stammzertifizierungsstellen: 'root ca',
  stammzertifikat: 'root certificate',
  stamm: 'root',
  zwischenzertifizierungsstelle: 'intermediate ca',
  zwischenzertifizierungsstellen: 'intermediate ca',
  zwischenzertifikat: 'intermediate certificate',
  zertifizierungsstelle: 'ca',
  selbstsigniert: 'self-signed',
  fingerabdruck: 'thumbprint',
  sperrliste: 'crl revocation list',
  sperrlisten: 'crl revocation list',
  widerrufen: 'revoked',
  sperrung: 'revocation',
  kette: 'chain',
  zertifikatkette: 'certificate chain',
  protokoll: 'log',
  ereignis: 'event',
  ereignisanzeige: 'event viewer',
  richtlinie: 'policy',
  richtlinienmodul: 'policy module',
  vorlage: 'template',
  zertifikatvorlage: 'certificate template',
  ausstellen: 'issue',
  ausgestellt: 'issued',
  aussteller: 'issuer',
  antragsteller: 'subject',
  anforderung: 'request',
  beantragen: 'request',
  registrierung: 'enrollment',
  registrierungsschlüssel: 'registry key',
  registrierungsdatenbank: 'registry',
  erneuern: 'renew',
  erneuert: 'renewed',
  erneuerung: 'renewal',
  berechtigung: 'permission',
  berechtigungen: 'permissions',
  zugriff: 'access',
  verweigert: 'denied',
  kennwort: 'password',
  passwort: 'password',
  anmeldung: 'logon',
  authentifizierung: 'authentication',
  clientauthentifizierung: 'client authentication',
  serverauthentifizierung: 'server authentication',
  verbindung: 'connection',
  verschlüsselung: 'encryption',
  verschlüsselt: 'encrypted',
  signiert: 'signed',
  signatur: 'signature',
  bindung: 'binding',
  anwendungspool: 'application pool',
  computerkonto: 'computer account',
  benutzer: 'user',
  eigene: 'personal',
  persönlich: 'personal',
  gesperrt: 'blocked',
  blockiert: 'blocked',
  geöffnet: 'open',
  offen: 'open',
  firewallregel: 'firewall rule',
  regel: 'rule',
  sicherung: 'backup protection',
  geschützt: 'protected',
  schutz: 'protection',
  gefunden: 'found',
  finden: 'find',
  fehlt: 'missing',
  fehlend: 'missing',
  vorhanden: 'present',
  installiert: 'installed',
  importiert: 'imported',
  importieren: 'import',
  exportieren: 'export',
  zeit: 'time',
  uhr: 'clock',
  länge: 'length',
  schlüssellänge: 'key length',
  grenze: 'limit',
  anzahl: 'number',
  zuviele: 'too many',
  langsam: 'slow',
  abgelehnt: 'rejected',
  ablehnen: 'reject',
  verwendet: 'uses',
  benutzt: 'uses',
  liegt: 'located',
};

const MIN_COMPOUND_PART = 5;

let byStem: Map<string, string> | undefined;
/** Stems long enough to be recognised inside a compound, longest first. */
let partStems: string[] = [];

function table(): Map<string, string> {
  if (!byStem) {
    byStem = new Map();
    for (const [de, en] of Object.entries(GERMAN_TO_ENGLISH)) byStem.set(stem(de, 'de'), en);
    partStems = [...byStem.keys()].filter((k) => k.length >= MIN_COMPOUND_PART).sort((a, b) => b.length - a.length);
  }
  return byStem;
}

/**
 * A compound's other part, translated when the glossary knows it (also without the linking "s",
 * the Fugen-s of "Zertifikatsanforderung"), else kept as it is: often an English loan ("Server").
 */
function rest(part: string, linkingS: 'leading' | 'trailing'): string {
  const candidates = [part];
  if (part.length > 4) candidates.push(linkingS === 'leading' ? part.replace(/^s/, '') : part.replace(/s$/, ''));
  for (const c of candidates) {
    const english = englishForStem(c, 1) ?? englishForStem(stem(c, 'de'), 1);
    if (english) return english;
  }
  return part.length >= 3 ? part : '';
}

/**
 * English words for a German word, given its German stem: by the stem itself, else by a known word
 * at the end or the start of a compound ("serverzertifikat" → "server certificate",
 * "zertifikatspeicher" → "certificate store"). Undefined when the glossary does not know it.
 */
export function englishForStem(germanStem: string, depth = 0): string | undefined {
  const direct = table().get(germanStem);
  if (direct) return direct;
  if (depth > 1 || germanStem.length < MIN_COMPOUND_PART + 3) return undefined;
  for (const key of partStems) {
    if (germanStem.length <= key.length + 2) continue;
    if (germanStem.endsWith(key)) return `${rest(germanStem.slice(0, -key.length), 'trailing')} ${byStem!.get(key)}`.trim();
    if (germanStem.startsWith(key)) return `${byStem!.get(key)} ${rest(germanStem.slice(key.length), 'leading')}`.trim();
  }
  return undefined;
}
