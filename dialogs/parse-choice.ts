// What a user's reply means to a guide: a button's value, a number picking one of the offered
// choices (channels without buttons), or a short word in English or German. Anything else is an
// answer to the step (a paste) and goes to the judge.

import type { GuideChoice } from './guide-model';

const WORDS: [GuideChoice, RegExp][] = [
  ['yes', /^(yes|y|yep|yeah|ok|okay|done|correct|true|ja|j|jawohl|erledigt|stimmt|korrekt)$/],
  ['no', /^(no|n|nope|false|nein)$/],
  ['skip', /^(skip|next|überspringen|ueberspringen|nächster|naechster)$/],
  ['back', /^(back|previous|prev|zurück|zurueck|vorheriger)$/],
  ['cancel', /^(cancel|stop|quit|exit|end|abort|reset|abbrechen|beenden|ende|stopp)$/],
  ['resume', /^(resume|continue|go on|fortsetzen|weiter|fortfahren)$/],
];
/** Replies longer than this are pastes even when they start with "no". */
const MAX_WORD_REPLY = 60;
const CHOICES = new Set<GuideChoice>(['yes', 'no', 'skip', 'back', 'cancel', 'resume', 'start']);

export function choiceOfValue(value: unknown): GuideChoice | undefined {
  if (value && typeof value === 'object') {
    const answer = (value as { answer?: unknown }).answer;
    if (typeof answer === 'string' && CHOICES.has(answer as GuideChoice)) return answer as GuideChoice;
  }
  return undefined;
}

export function choiceOfText(text: string, offered: GuideChoice[]): GuideChoice | undefined {
  const t = text.trim().toLowerCase();
  if (!t || t.length > MAX_WORD_REPLY || t.includes('\n')) return undefined;
  const number = /^(\d{1,2})[.)]?$/.exec(t);
  if (number) return offered[Number(number[1]) - 1];
  const bare = t.replace(/[.!?]+$/, '');
  for (const [choice, rx] of WORDS) if (rx.test(bare)) return choice;
  // "yes, it is there" / "nein, nichts": the first word decides when it is a plain yes or no.
  const first = /^([\p{L}]+)[,;:!.\s-]/u.exec(t)?.[1];
  if (first && WORDS[0][1].test(first)) return 'yes';
  if (first && WORDS[1][1].test(first)) return 'no';
  return undefined;
}
