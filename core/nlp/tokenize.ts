// Turns a question or a knowledge text into index terms.
//
// Admins' questions are half prose, half identifiers, so a token is treated one of two ways:
//  - a plain word ("failing", "Zertifikate") is lower-cased, dropped when it is a stop word, and
//    stemmed in the text's language, so "Zertifikate" and "Zertifikats" meet;
//  - a technical token (anything with a digit, an inner capital, or joined by - _ . such as
//    Set-DPMCredentials, NDESCertThumbprint, 0x8009000D, CAPI2, MSDPMCurr.errlog, KB2795828) is kept
//    whole and unstemmed (exact identifiers are the strongest evidence a question has), and its parts
//    are added as words too, so "dpm credentials" still meets Set-DPMCredentials.
// Error codes are normalised to one notation (0x + 8 lower-case hex digits) so 800B0101, 0x800b0101
// and -2146762495 are the same term; KB numbers are indexed both as "kb2795828" and "2795828".

import { stem } from './stem';
import { isStopWord, type Language } from './stopwords';

const JOINERS = /[-_.]+/;
/** Camel case and acronym boundaries: NDESCertThumbprint → NDES Cert Thumbprint; CAPI2 stays. */
const CAMEL = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
/** Longest text tokenised: a question index has no use for megabytes of pasted log. */
const MAX_TEXT = 20_000;

const HEX_CODE = /^(?:0x)?([0-9a-f]{8})$/;

function normaliseCode(lower: string): string | undefined {
  const hex = HEX_CODE.exec(lower);
  // Bare 8-digit hex only when it looks like an HRESULT (high bit set) or has a letter; a date
  // like 20121107 is not an error code.
  if (hex && (lower.startsWith('0x') || (/[a-f]/.test(hex[1]) && /^[89a-f]/.test(hex[1])))) {
    return `0x${hex[1]}`;
  }
  if (/^0x[0-9a-f]{1,7}$/.test(lower)) return `0x${lower.slice(2).padStart(8, '0')}`;
  // Signed decimal HRESULTs as .NET and PowerShell print them, unsigned as IIS logs them.
  if (/^-?\d{10}$/.test(lower)) {
    const n = Number(lower);
    if ((n >= -2147483648 && n < 0) || (n >= 0x80000000 && n <= 0xffffffff)) {
      return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
    }
  }
  return undefined;
}

// Tokens are words and identifiers: letters/digits, optionally joined by - _ . ' (not ending with
// them). Latin letters only (ASCII and Latin-1/Extended-A/B, which hold ä ö ü ß é …): the questions
// are English or German. The scanner below reads character codes instead of running a regex per
// token because building the index tokenises the whole knowledge (~40,000 words) on a cold start.

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x24f && (c & 1) === 0);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** - _ . join identifiers; ' and ’ join contractions. */
function isJoinerCode(c: number): boolean {
  return c === 45 || c === 95 || c === 46 || c === 39 || c === 0x2019;
}

function isTechnical(raw: string): boolean {
  return /[\p{N}]/u.test(raw) || JOINERS.test(raw) || /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(raw);
}

/**
 * One position of the text: its term first, then alternatives a query may fall back to when the
 * index does not know the term (the other language's stem, the bare word): German questions are
 * full of English product words ("Server", "Frontend") that the German stemmer would cut differently.
 */
export type TermVariants = [string, ...string[]];

const OTHER: Record<Language, Language> = { en: 'de', de: 'en' };

/**
 * Admins' shorthand, read as the word it stands for before stemming, in either language: questions
 * say "cert" and "auth" where the knowledge says "certificate" and "authentication". Also the odd
 * word form the Porter stemmer leaves apart from its family ("expiry" → expiri, "expired" → expir).
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['cert', 'certificate'],
  ['certs', 'certificates'],
  ['zert', 'zertifikat'],
  ['auth', 'authentication'],
  ['svc', 'service'],
  ['config', 'configuration'],
  ['creds', 'credentials'],
  ['pwd', 'password'],
  ['pw', 'password'],
  ['regkey', 'registry'],
  ['expiry', 'expire'],
  ['expiries', 'expire'],
]);

/**
 * Receives the terms of a text in order. `word` is given for stemmed plain words (the bare word the
 * term came from), so the variants tokenizer can add its fallbacks; identifiers come without it.
 */
type Emit = (term: string, word?: string) => void;

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Emits a plain word's term, unless it is a stop word or a single character. */
function emitWord(emit: Emit, input: string, language: Language): void {
  const word = SHORTHAND.get(input) ?? input;
  if (word.length < 2 || isStopWord(word, language)) return;
  if (isDigits(word)) emit(word);
  else emit(stem(word, language), word);
}

/**
 * Index terms of a text in one language. Pure and total: any string (or none) gives a list.
 * Technical tokens appear whole (lower-cased) followed by their stemmed parts.
 */
export function tokenize(text: string, language: Language): string[] {
  const out: string[] = [];
  scan(text, language, (term) => out.push(term));
  return out;
}

/** Like tokenize, with each term's fallbacks (see TermVariants). */
export function tokenizeWithVariants(text: string, language: Language): TermVariants[] {
  const out: TermVariants[] = [];
  scan(text, language, (term, word) => {
    const variants: TermVariants = [term];
    if (word !== undefined) {
      for (const alt of [stem(word, OTHER[language]), word]) if (!variants.includes(alt)) variants.push(alt);
    }
    out.push(variants);
  });
  return out;
}

function scan(text: string, language: Language, emit: Emit): void {
  if (typeof text !== 'string' || !text) return;
  const src = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const n = src.length;
  let previous = '';
  let i = 0;
  while (i < n) {
    if (!isWordCode(src.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    // Plain: no digit, no - _ . joiner, no inner capital (aB) or acronym-then-word (ABc).
    let plain = true;
    let previousLower = false;
    let upperRun = 0;
    let apostrophe = -1;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (isWordCode(c)) {
        if (isDigitCode(c)) {
          plain = false;
          previousLower = false;
          upperRun = 0;
        } else if (isUpperCode(c)) {
          if (previousLower) plain = false;
          previousLower = false;
          upperRun += 1;
        } else {
          if (upperRun >= 2) plain = false;
          previousLower = true;
          upperRun = 0;
        }
        i++;
      } else if (isJoinerCode(c) && i + 1 < n && isWordCode(src.charCodeAt(i + 1))) {
        if (c === 39 || c === 0x2019) {
          if (apostrophe < 0) apostrophe = i;
        } else if (apostrophe < 0) plain = false;
        previousLower = false;
        upperRun = 0;
        i++;
      } else break;
    }
    // Apostrophes only join contractions ("what's"); keep the word before them.
    const raw = src.slice(at, apostrophe >= 0 ? apostrophe : i);
    if (plain) {
      previous = raw.toLowerCase();
      emitWord(emit, previous, language);
      continue;
    }
    // A minus directly before digits (and not joining two words) makes a signed decimal.
    const signed = /^\d{10}$/.test(raw) && src[at - 1] === '-' && !/[\p{L}\p{N}]/u.test(src[at - 2] ?? '');
    const lower = signed ? `-${raw}` : raw.toLowerCase();
    if (!lower) continue;
    const code = normaliseCode(lower);
    if (code) {
      emit(code);
    } else if (/^\d{6,7}$/.test(lower) && previous === 'kb') {
      emit(`kb${lower}`);
      emit(lower);
    } else if (/^kb\d{6,7}$/.test(lower)) {
      emit(lower);
      emit(lower.slice(2));
    } else if (isTechnical(raw)) {
      emit(lower);
      const parts = raw.split(JOINERS).filter(Boolean);
      // piece → whether it is itself an identifier (kept unstemmed, like the whole token).
      const pieces = new Map<string, boolean>();
      for (const part of parts) {
        const camel = part.match(CAMEL);
        const compound = camel !== null && camel.length > 1;
        pieces.set(part.toLowerCase(), compound || /\p{N}/u.test(part));
        if (compound) for (const c of camel) if (!pieces.has(c.toLowerCase())) pieces.set(c.toLowerCase(), false);
      }
      pieces.delete(lower);
      for (const [piece, identifier] of pieces) {
        if (piece.length < 2) continue;
        if (identifier) emit(normaliseCode(piece) ?? piece);
        else emitWord(emit, piece, language);
      }
    } else {
      emitWord(emit, lower, language);
    }
    previous = lower;
  }
}
