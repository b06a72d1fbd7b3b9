// Ranking when two causes both reach the 0.99 cap: the one whose single strongest symptom is more
// decisive comes first, whatever the number of weaker symptoms the other collected.
import { rankCauses } from '../../core/diagnose/rank';
import type { SymptomHit } from '../../core/diagnose/match';
import { buildKnowledge } from '../../knowledge/load';

const cause = (id: string) => `
  - id: ${id}
    title: ${id}
    summary: s
    explanation: e
    affects: [prod]
    remediation: [fix]
    verify: [check]
    sources: [src]
    questions: [a, b, c]`;

const symptom = (id: string, causeId: string, weight: number) => `
  - id: ${id}
    title: ${id}
    kind: message
    match: { patterns: ['${id}'] }
    indicates: [{ cause: ${causeId}, weight: ${weight} }]`;

const knowledge = buildKnowledge([
  {
    path: 'data/rank.yaml',
    text: `
area: rank
title: Rank
sources: [{ id: src, title: S, url: https://example.invalid/s }]
components: [{ id: prod, title: Product, kind: product }]
symptoms:${[1, 2, 3, 4, 5, 6].map((n) => symptom(`generic-${n}`, 'cause.generic', 0.6)).join('')}${symptom('detail', 'cause.specific', 0.95)}${symptom('id-only', 'cause.specific', 0.6)}${symptom('code-only', 'cause.specific', 0.6)}
causes:${cause('cause.generic')}${cause('cause.specific')}
remediations: [{ id: fix, title: Fix, steps: [{ text: Fix it. }] }]
checks: [{ id: check, title: Check, steps: [{ text: Look. }] }]
`,
  },
]);

const hit = (id: string): SymptomHit => ({ symptom: knowledge.symptoms.get(id)!, strength: 1, quotes: [], codes: [], bindings: {} });
const context = { mentioned: new Set<string>(), questionScores: new Map<string, number>(), hardEvidence: true, minQuestionScore: 0.2 };

describe('rankCauses at the cap', () => {
  it('puts the cause with the decisive symptom above one that collected many weak ones', () => {
    const hits = [...[1, 2, 3, 4, 5, 6].map((n) => hit(`generic-${n}`)), hit('detail'), hit('id-only'), hit('code-only')];
    const ranked = rankCauses(knowledge, hits, context);
    expect(ranked.map((r) => [r.cause.id, r.score])).toEqual([
      ['cause.specific', 0.99],
      ['cause.generic', 0.99],
    ]);
  });

  it('still orders by score below the cap', () => {
    const ranked = rankCauses(knowledge, [hit('generic-1'), hit('generic-2'), hit('id-only')], context);
    expect(ranked.map((r) => r.cause.id)).toEqual(['cause.generic', 'cause.specific']);
  });
});
