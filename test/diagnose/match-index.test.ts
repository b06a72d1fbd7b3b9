// The indexed matching (candidates by code, DPM ID, signal, required literal and kind of evidence,
// with each pattern's literals checked before its regex) must find exactly what visiting every
// symptom and running every regex finds: compared over every real text the repository holds.
import { readInputs } from '../../core';
import { runRules } from '../../core/diagnose';
import { matchSymptoms, type SymptomHit } from '../../core/diagnose/match';
import { salientText } from '../../core/diagnose/salient-text';
import type { Evidence } from '../../core/model/evidence';
import { allRules } from '../../core/rules';
import { defaultKnowledge } from '../../knowledge/files';
import { realTexts } from './real-texts';

const summary = (hits: SymptomHit[]) => hits.map((h) => ({ id: h.symptom.id, strength: h.strength, quotes: h.quotes, bindings: h.bindings }));

describe('indexed symptom matching', () => {
  const knowledge = defaultKnowledge();
  const now = new Date('2026-11-22T12:00:00Z');

  it('equals the exhaustive matching on every real text', async () => {
    const corpus = realTexts();
    let matched = 0;
    for (const text of corpus) {
      const intake = await readInputs([{ name: 'message', content: text }], knowledge, { now });
      const { signals } = runRules(allRules, { intake, knowledge, now, language: intake.language });
      const sourceOf = (e: Evidence) => (e.span ? intake.inputs[e.span.input]?.name : undefined);
      const matchText = salientText(intake);
      const indexed = matchSymptoms(knowledge, intake, signals, matchText, sourceOf);
      const exhaustive = matchSymptoms(knowledge, intake, signals, matchText, sourceOf, { exhaustive: true });
      expect({ text: text.slice(0, 80), hits: summary(indexed) }).toEqual({ text: text.slice(0, 80), hits: summary(exhaustive) });
      if (indexed.length) matched++;
    }
    // The comparison means something only if most texts match something.
    expect(corpus.length).toBeGreaterThan(150);
    expect(matched).toBeGreaterThan(corpus.length * 0.8);
  });
});
