// Stemming, English (Porter) and German (Snowball German), through natural's submodules only:
// `require('natural')` loads every backend and takes ~0.5 s; these two files take ~15 ms each.
// Stems are memoised per language because the same few thousand words recur in every question
// and every knowledge text, which keeps building the index well under its 30 ms budget.

import englishStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
import germanStemmer = require('natural/lib/natural/stemmers/porter_stemmer_de');
import type { Language } from './stopwords';

const MEMO_LIMIT = 50_000;
const memo: Record<Language, Map<string, string>> = { en: new Map(), de: new Map() };

/**
 * Snowball German leaves verb endings it was not written for: "startet" ≠ "starten",
 * "funktioniert" ≠ "funktionieren". Admins write exactly those ("Dienst startet nicht"), so the
 * -ieren family and the -et ending are cut before stemming when a stem of four letters remains.
 */
function germanVerbForm(word: string): string {
  const ieren = /^(.{4,}?)ier(?:t|te|ten|en|e|st|end)$/.exec(word);
  if (ieren) return ieren[1];
  const et = /^(.{4,}?)et$/.exec(word);
  if (et) return et[1];
  return word;
}

/** The stem of one word (lower-cased first) in the given language. Never throws; falls back to the word. */
export function stem(input: string, language: Language): string {
  const word = typeof input === 'string' ? input.toLowerCase() : '';
  const cache = memo[language];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out: string;
  try {
    out = (language === 'de' ? germanStemmer.stem(germanVerbForm(word)) : englishStemmer.stem(word)) || word;
  } catch {
    out = word;
  }
  // Questions are unbounded input: stop memoising rather than grow without limit.
  if (cache.size < MEMO_LIMIT) cache.set(word, out);
  return out;
}
