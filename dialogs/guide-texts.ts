// The guide's own words in English and German. Step texts are not here: they come from the flows in
// the knowledge graph (knowledge/data/flows.yaml), in the user's language where the flow has it.

import type { Language } from '../core/model/evidence';
import type { RawFlow, RawFlowStep } from '../knowledge/schema';
import type { GuideChoice } from './guide-model';

const EN = {
  choices: { yes: 'Yes', no: 'No', skip: 'Skip', back: 'Back', cancel: 'Cancel', resume: 'Resume the guide', start: 'Start' } as Record<GuideChoice, string>,
  listIntro: 'Guided troubleshooting walks a failing flow one hop at a time. Start one with "guide <name>":',
  listUnknown: (what: string) => `I have no guide for "${what}".`,
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  pasteHint: 'Paste the lines (or attach the file), or choose skip / back / cancel.',
  confirmHint: 'Answer yes or no, or paste what you see.',
  healthyHop: (title: string) => `✅ ${title}: healthy.`,
  faultHop: (title: string) => `❌ ${title}: this hop is where it fails. The guide stops here.`,
  faultOtherHop: (title: string, other: string) => `❌ This paste shows a fault at "${other}" (the guide was at "${title}"). The guide stops there.`,
  otherHopHealthy: (other: string, current: string) => `That is "${other}", and it looks healthy. The guide still needs "${current}":`,
  unclear: 'I could not tell from this whether the hop is healthy. Healthy looks like this – does yours?',
  unrelated: 'That looks like something else; here is what it says. Resume the guide when you are ready (or cancel).',
  preconditionNo: 'Please do this first – the next steps rely on it. Answer yes when done, or skip.',
  pasteNeeded: 'Paste the lines so I can tell what is wrong, or skip.',
  nothingBack: 'This is the first step; there is nothing to go back to.',
  done: (title: string) => `All hops of "${title}" look healthy.`,
  doneSkipped: (steps: string) => ` Skipped: ${steps}.`,
  doneTail: ' If it still fails, paste the error for a diagnosis.',
  cancelled: 'Guide cancelled. Paste anything for a diagnosis, or "guide" for the list.',
  noActive: 'No guide is running. Type "guide" for the list.',
  healthyLabel: 'Healthy looks like',
  whereLabel: 'Where',
  runLabel: 'Run',
  fixLabel: 'Fix',
  verifyLabel: 'Verify',
  numberedHint: 'Reply with a number:',
};

type Texts = typeof EN;

const DE: Texts = {
  choices: { yes: 'Ja', no: 'Nein', skip: 'Überspringen', back: 'Zurück', cancel: 'Abbrechen', resume: 'Leitfaden fortsetzen', start: 'Starten' },
  listIntro: 'Die geführte Fehlersuche prüft einen Ablauf Abschnitt für Abschnitt. Starten mit „guide <Name>“:',
  listUnknown: (what) => `Für „${what}“ habe ich keinen Leitfaden.`,
  stepOf: (n, total) => `Schritt ${n} von ${total}`,
  pasteHint: 'Fügen Sie die Zeilen ein (oder hängen Sie die Datei an), oder wählen Sie Überspringen / Zurück / Abbrechen.',
  confirmHint: 'Antworten Sie mit Ja oder Nein, oder fügen Sie ein, was Sie sehen.',
  healthyHop: (title) => `✅ ${title}: in Ordnung.`,
  faultHop: (title) => `❌ ${title}: hier liegt der Fehler. Der Leitfaden endet hier.`,
  faultOtherHop: (title, other) => `❌ Diese Ausgabe zeigt einen Fehler bei „${other}“ (der Leitfaden war bei „${title}“). Der Leitfaden endet dort.`,
  otherHopHealthy: (other, current) => `Das ist „${other}“, und es sieht gesund aus. Der Leitfaden braucht noch „${current}“:`,
  unclear: 'Daran kann ich nicht erkennen, ob der Abschnitt in Ordnung ist. So sieht es gesund aus – entspricht Ihres dem?',
  unrelated: 'Das betrifft etwas anderes; hier die Auswertung. Setzen Sie den Leitfaden fort, wenn Sie so weit sind (oder brechen Sie ab).',
  preconditionNo: 'Bitte erledigen Sie das zuerst – die nächsten Schritte setzen es voraus. Antworten Sie mit Ja, wenn erledigt, oder überspringen Sie.',
  pasteNeeded: 'Fügen Sie die Zeilen ein, damit ich den Fehler erkennen kann, oder überspringen Sie.',
  nothingBack: 'Das ist der erste Schritt; zurück geht es nicht.',
  done: (title) => `Alle Abschnitte von „${title}“ sind in Ordnung.`,
  doneSkipped: (steps) => ` Übersprungen: ${steps}.`,
  doneTail: ' Wenn es weiterhin fehlschlägt, fügen Sie den Fehler zur Diagnose ein.',
  cancelled: 'Leitfaden abgebrochen. Fügen Sie etwas zur Diagnose ein, oder „guide“ für die Liste.',
  noActive: 'Es läuft kein Leitfaden. „guide“ zeigt die Liste.',
  healthyLabel: 'So sieht es gesund aus',
  whereLabel: 'Wo',
  runLabel: 'Ausführen',
  fixLabel: 'Behebung',
  verifyLabel: 'Prüfen',
  numberedHint: 'Antworten Sie mit einer Zahl:',
};

export function guideTexts(language: Language): Texts {
  return language === 'de' ? DE : EN;
}

/** A step's texts in the user's language; location and command are language-neutral. */
export function stepText(step: RawFlowStep, language: Language): { title: string; prompt: string; healthy: string } {
  const de = language === 'de' ? step.de : undefined;
  return { title: de?.title ?? step.title, prompt: de?.prompt ?? step.prompt, healthy: de?.healthy ?? step.healthy };
}

export function flowText(flow: RawFlow, language: Language): { title: string; summary: string } {
  const de = language === 'de' ? flow.de : undefined;
  return { title: de?.title ?? flow.title, summary: de?.summary ?? flow.summary };
}
