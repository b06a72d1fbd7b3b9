// Stop words for question matching, English and German. Hand-picked instead of natural's lists:
// those drop words that carry meaning here ("not", "nicht", "cannot", "kein") and the German list
// is 600 words long, including "ende" and "neu". Words are compared lower-cased and unstemmed.

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all am an and any are as at be been before being below between both but by
  can could did do does doing done down during each few for from further had has have having he her here
  hers him his how i if in into is it its itself just let me more most my myself no nor of off on once
  only or other our ours out over own same she should so some such than that the their theirs them then
  there these they this those through to too under until up very was we were what when where which while
  who whom why will with would you your yours yourself s t d ll m re ve us please hi hello thanks thank
  anyone someone somebody tell know get got getting also still now again way whats hows whys`
    .split(/\s+/)
    .filter(Boolean),
);

export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis
  bist da damit dann das dass daß dem den denn der des dessen die dies diese diesem diesen dieser dieses
  doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen hab habe haben hat
  hatte hier hin hinter ich ihm ihn ihr ihre im in ins ist ja jede jedem jeden jeder jedes jetzt kann
  können könnte man mein meine meinem meinen meiner mich mir mit muss müssen nach noch nun nur ob oder
  ohne sehr sein seine sich sie sind so soll sollte über um und uns unser unsere unter vom von vor war
  waren warum was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder wir wird
  wo wurde wurden zu zum zur zwar zwischen hallo bitte danke gibt geht gehen mal eigentlich immer schon
  wieso weshalb woran wofür wohin woher`
    .split(/\s+/)
    .filter(Boolean),
);

export type Language = 'en' | 'de';

export function isStopWord(word: string, language: Language): boolean {
  return language === 'de' ? GERMAN_STOP_WORDS.has(word) : ENGLISH_STOP_WORDS.has(word);
}
