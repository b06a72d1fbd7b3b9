// The prefilter may only skip a pattern when the pattern cannot match: checked over every message
// pattern of the shipped knowledge against every real text in the fixtures and evaluation sets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredLiterals } from '../../core/diagnose/literal-prefilter';
import { defaultKnowledge } from '../../knowledge/files';

function texts(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'text');
  const out = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('utf8').split('\u0000').join(''));
  for (const f of ['realworld-cases.jsonl', 'realworld-2-cases.jsonl']) {
    try {
      for (const line of readFileSync(join(__dirname, '..', 'eval', f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).input);
    } catch {
      // the second set is optional
    }
  }
  return out;
}

describe('required-literal prefilter', () => {
  it.each([
    ['Unable to find certificate with the thumbprint', ['unable to find certificate with the thumbprint']],
    ['Keyset does not exist|Keyset existiert nicht', ['keyset does not exist', 'keyset existiert nicht']],
    ['\\bLync\\b|Skype for Business', ['lync', 'skype for business']],
    ['alert (?:code )?(?:is )?70\\b', ['alert ']],
    ['certificates? (are|is) missing', ['certificate']],
    ['Schl\\u00fcssel fehlt', ['ssel fehlt']],
    ['a(b|c)d', undefined],
    ['\\d+ errors', [' errors']],
  ])('%s → %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('never skips a pattern that matches (all knowledge message, log and event-description patterns × all real texts)', () => {
    const k = defaultKnowledge();
    const corpus = texts();
    let checked = 0;
    for (const s of k.symptoms.values()) {
      const sources = [
        ...(s.match.patterns ?? []),
        ...(s.match.logs ?? []).map((l) => l.pattern),
        ...(s.match.events ?? []).flatMap((e) => (e.description ? [e.description] : [])),
      ];
      for (const p of sources) {
        const rx = new RegExp(p, 'i');
        const lits = requiredLiterals(p);
        for (const t of corpus) {
          if (!rx.test(t)) continue;
          checked++;
          const lower = t.toLowerCase();
          expect([p, lits === undefined || lits.some((l) => lower.includes(l))]).toEqual([p, true]);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
