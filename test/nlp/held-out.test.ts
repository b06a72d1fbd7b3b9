import { evaluateHeldOut, heldOutQuestion, type HeldOutReport } from '../../core/nlp';
import { fixtureKnowledge } from './fixture-knowledge';
import { knowledgeUnderTest } from './knowledge-under-test';

function describeReport(name: string, r: HeldOutReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  return [
    `held-out question accuracy on the ${name} (${r.causes} causes):`,
    `  English: ${r.en.evaluated} questions, top-1 ${pct(r.en.top1)}, top-3 ${pct(r.en.top3)}`,
    `  German:  ${r.de.evaluated} questions, top-1 ${pct(r.de.top1)}, top-3 ${pct(r.de.top3)}`,
    `  all:     ${r.all.evaluated} questions, top-1 ${pct(r.all.top1)}, top-3 ${pct(r.all.top3)}`,
    ...r.misses.slice(0, 15).map((m) => `  miss [${m.language}] ${m.cause}: "${m.question}" → ${m.got.join(', ') || '(nothing)'}`),
  ].join('\n');
}

describe('held-out evaluation of the question index', () => {
  it('holds out one question per cause, deterministically, and never the only one', () => {
    expect(heldOutQuestion('a.b', ['only one'])).toBeUndefined();
    expect(heldOutQuestion('a.b', undefined)).toBeUndefined();
    const qs = ['q1', 'q2', 'q3'];
    expect(heldOutQuestion('a.b', qs)).toBe(heldOutQuestion('a.b', [...qs]));
    expect(qs).toContain(heldOutQuestion('a.b', qs));
  });

  it('does not let the held-out question leak into the index', () => {
    // Every question is made of words no other text has: a held-out one can only be found if it leaked.
    const k = fixtureKnowledge();
    let n = 0;
    // "xqa", "xqb", …: letters only, so no part is shared through identifier splitting.
    const word = (i: number): string => `xq${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)])}`;
    const unique = (): string => `${word(n++)} ${word(n++)}`;
    for (const c of [...k.causes.values()]) {
      k.causes.set(c.id, { ...c, questions: [unique(), unique(), unique()], de: undefined });
    }
    const r = evaluateHeldOut(k);
    expect(r.en.evaluated).toBe(k.causes.size);
    expect(r.all.top3).toBe(0);
  });

  it('reports top-1 / top-3 accuracy and stays above the floor', () => {
    const { knowledge, name } = knowledgeUnderTest();
    const report = evaluateHeldOut(knowledge);
    console.log(describeReport(name, report));
    expect(report.en.evaluated).toBeGreaterThanOrEqual(10);
    expect(report.all.top1).toBeGreaterThanOrEqual(0.6);
    expect(report.all.top3).toBeGreaterThanOrEqual(0.8);
  });

  it('measures the fixture itself (a stable figure independent of the shipped graph)', () => {
    const report = evaluateHeldOut(fixtureKnowledge());
    console.log(describeReport('test fixture knowledge', report));
    expect(report.de.evaluated).toBeGreaterThanOrEqual(8);
    expect(report.all.top1).toBeGreaterThanOrEqual(0.6);
    expect(report.all.top3).toBeGreaterThanOrEqual(0.8);
  });
});
