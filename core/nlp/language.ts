// Language detection for questions and pastes: English or German, nothing else is needed.
//
// Evidence for German: German function words, words with umlauts or ß, and the German words
// Windows itself prints (Zertifikat, Speicher, Dienst, Ereignis, Fehler, vertrauenswürdig, …).
// Evidence for English: English function words. Pastes are often mixed: a German question with an
// English log after it. The question is what decides the reply's language, so the first prose
// lines (not log lines) are scored first and decide when they are clear; only otherwise does the
// whole text (its first 20,000 characters) vote.

import type { Language } from './stopwords';

const GERMAN_WORDS = new Set(
  `der die das den dem des ein eine einen einem einer und oder nicht kein keine keinen ist sind wird
  werden wurde wurden kann können konnte ich wir mein meine unser unsere warum wieso weshalb wie wo
  was wer welche welcher welches auf für mit bei nach von zum zur vom beim über unter aus auch noch
  nur schon aber wenn dass sich sie es gibt geht funktioniert startet starten hat haben habe mir mich
  uns dort hier jetzt seit nachdem obwohl trotzdem immer bitte hallo danke`
    .split(/\s+/)
    .filter(Boolean),
);

const ENGLISH_WORDS = new Set(
  `the a an is are was were be been being this that these those it its my our we i you your they of to
  for with on at by from into about why what how which where when who does do did doesn don didn isn
  aren wasn can cannot can't could should would will won not no and or but if then than after before
  still again keeps keep fails failing failed working works work after since because please help`
    .split(/\s+/)
    .filter(Boolean),
);

/** Word starts of German terms Windows and admins use (compared on lower-case words). */
const GERMAN_TERM_PREFIXES = [
  'zertifika', 'speicher', 'dienst', 'ereignis', 'fehler', 'schlüssel', 'zugriff', 'verweiger',
  'vertrauenswürdig', 'stammzertifizierungsstell', 'zwischenzertifizierungsstell', 'zertifizierungsstell',
  'eigene', 'gültig', 'ungültig', 'abgelaufen', 'protokoll', 'quelle', 'beschreibung', 'benutzer',
  'anmeldung', 'kennwort', 'sperrliste', 'richtlinie', 'computerkonto', 'fehlgeschlagen', 'konnte',
  'erforderlich', 'befindet', 'vorhanden', 'gefunden', 'angegeben', 'ausgestellt', 'aussteller',
  'antragsteller', 'verbindung', 'firewallregel', 'neustart', 'installiert', 'erneuert', 'warnung',
];

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const UMLAUT = /[äöüß]/;
/** Lines that are machine output rather than prose: log records, XML, key: value, timestamps. */
const MACHINE_LINE =
  /^\s*(?:<|\[|\{|#|[\w.]+\.cs\(\d+\)|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}|[A-Za-z][\w -]{0,30}:\s|HKEY_|"[^"]+"=)/;

interface Tally {
  de: number;
  en: number;
}

function tally(text: string): Tally {
  const t: Tally = { de: 0, en: 0 };
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (GERMAN_WORDS.has(w)) t.de += 1;
    else if (ENGLISH_WORDS.has(w)) t.en += 1;
    if (UMLAUT.test(w)) t.de += 1.5;
    else if (w.length >= 5 && GERMAN_TERM_PREFIXES.some((p) => w.startsWith(p))) t.de += 1.5;
  }
  return t;
}

/** Clear when one side has at least two points and twice the other's. */
function decide(t: Tally): Language | undefined {
  if (t.de >= 2 && t.de >= 2 * t.en) return 'de';
  if (t.en >= 2 && t.en >= 2 * t.de) return 'en';
  return undefined;
}

/** The first prose lines of a paste: the question, before any log, XML or key: value dump. */
function leadingProse(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/, 40)) {
    if (!line.trim()) continue;
    if (MACHINE_LINE.test(line)) {
      if (lines.length) break;
      continue;
    }
    lines.push(line);
    if (lines.length >= 3) break;
  }
  return lines.join(' ');
}

/**
 * 'de' or 'en' for a question or a paste. Robust on short questions ("Dienste starten nicht") and on
 * mixed pastes, where the leading prose decides. Anything undecidable (empty, codes only) is 'en'.
 */
export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || !text.trim()) return 'en';
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const lead = decide(tally(leadingProse(sample)));
  if (lead) return lead;
  const whole = tally(sample);
  return whole.de > whole.en ? 'de' : 'en';
}
