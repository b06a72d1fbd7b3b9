// The few sentences the diagnosis itself says (everything else comes from the knowledge), in English
// and German.

import type { Language } from '../model/evidence';

interface DiagnoseTexts {
  noMatch: string;
  noMatchButCodes: string;
  askForEvidence: string[];
  rulesSkipped: (n: number) => string;
}

const en: DiagnoseTexts = {
  noMatch:
    'I could not match this to a known cause. Paste the exact error message, the event (XML or text), the log lines around the failure, or attach the certificate.',
  noMatchButCodes:
    'I could not match this to a known cause, but I decoded the codes I recognised. The event or log lines around them would help.',
  askForEvidence: [
    'Paste the error message exactly as Windows shows it.',
    'Export the event from Event Viewer (Details > XML View) and paste it.',
    'Attach the certificate (.cer) or paste `certutil -store -v my` output.',
  ],
  rulesSkipped: (n) => `${n} check(s) could not run on this input and were skipped.`,
};

const de: DiagnoseTexts = {
  noMatch:
    'Ich konnte das keiner bekannten Ursache zuordnen. Fügen Sie die genaue Fehlermeldung, das Ereignis (XML oder Text), die Protokollzeilen um den Fehler ein oder hängen Sie das Zertifikat an.',
  noMatchButCodes:
    'Ich konnte das keiner bekannten Ursache zuordnen, habe aber die erkannten Fehlercodes entschlüsselt. Das Ereignis oder die Protokollzeilen um sie herum würden helfen.',
  askForEvidence: [
    'Fügen Sie die Fehlermeldung genau so ein, wie Windows sie anzeigt.',
    'Exportieren Sie das Ereignis in der Ereignisanzeige (Details > XML-Ansicht) und fügen Sie es ein.',
    'Hängen Sie das Zertifikat (.cer) an oder fügen Sie die Ausgabe von `certutil -store -v my` ein.',
  ],
  rulesSkipped: (n) => `${n} Prüfung(en) konnten auf dieser Eingabe nicht laufen und wurden übersprungen.`,
};

export function texts(language: Language): DiagnoseTexts {
  return language === 'de' ? de : en;
}
