// English or German: German function words, umlauts and German Windows terms against English
// function words. The sources are half German and German Windows prints German messages.
import type { Language } from '../model/evidence';

const DE = new Set(
  'der die das und nicht ist ein eine einen einem eines mit für auf den dem des sich wird wurde werden kann können ich wir sie es zu von im noch auch warum wie wenn aber oder bei nach über unter zertifikat zertifikate fehler startet starten dienst dienste kein keine keinen mehr nur schon hier dort beim zum zur habe hat haben sind war wurden ausgestellt gültigkeitsdauer erforderliches befindet innerhalb seiner ereignis protokollname quelle beschreibung ebene benutzer speicher schlüssel dass weil diese dieser dieses jetzt immer plötzlich'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and is not a an with for on of to it this that why how what when but or at after over under certificate error fails failed failing start starts service no more only already here there have has are was were be been can cannot does do my our we you your which where from by'.split(' '),
);

export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = sample.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE.has(w)) de++;
    else if (EN.has(w)) en++;
  }
  de += Math.min(3, (sample.match(/[äöüßÄÖÜ]/g) ?? []).length);
  return de >= 2 && de > en ? 'de' : 'en';
}
