// The prefilter may only skip a pattern when the pattern cannot match: checked over every message
// pattern of the shipped knowledge against every real text in the fixtures and evaluation sets.
import { LiteralSet, requiredLiterals } from '../../core/diagnose/literal-prefilter';
import { defaultKnowledge } from '../../knowledge/files';
import { realTexts } from './real-texts';

describe('required-literal prefilter', () => {
  it.each([
    ['Unable to find certificate with the thumbprint', ['unable to find certificate with the thumbprint']],
    ['Keyset does not exist|Keyset existiert nicht', ['keyset does not exist', 'keyset existiert nicht']],
    ['\\bLync\\b|Skype for Business', ['lync', 'skype for business']],
    ['alert (?:code )?(?:is )?70\\b', ['alert ']],
    ['certificates? (are|is) missing', ['certificate']],
    ['Schl\\u00fcssel fehlt', ['schlüssel fehlt']],
    ['a(b|c)d', undefined],
    ['\\d+ errors', [' errors']],
    // A group every alternative of which needs a literal is a factor too: one of them must occur.
    ['(?:Basissperrliste|Sperrliste)[^\\n]{0,300}(?:Zugriff verweigert|0x80070005)', ['basissperrliste', 'sperrliste']],
    ['\\b(CA|root)[ -]?(certificate|cert)\\b', ['certificate', 'cert']],
    ['(?<scope>Machine|Computer) store', ['machine', 'computer']],
    ['(?:key)+ container', [' container']],
    // Optional groups and lookarounds require nothing.
    ['(?:renewed )?(?!foo)(?=bar)(?:ab|cd)', undefined],
    ['(?:certificate|ce)rt', undefined],
  ])('%s → %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('never skips a pattern that matches (all knowledge message, log and event-description patterns × all real texts)', () => {
    const k = defaultKnowledge();
    const corpus = realTexts();
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

describe('LiteralSet', () => {
  it('finds each literal wherever it occurs, overlapping ones included, and nothing else', () => {
    const set = new LiteralSet(['abc', 'abcd', 'bcd', 'zzz', 'ü-x', 'end']);
    expect([...set.presentIn('xxabcdyy ü-x the end')].sort()).toEqual(['abc', 'abcd', 'bcd', 'end', 'ü-x']);
    expect([...set.presentIn('ab')]).toEqual([]);
    expect([...set.presentIn('')]).toEqual([]);
  });

  it('agrees with a substring search for every knowledge literal over every real text', () => {
    const k = defaultKnowledge();
    const literals = [...k.symptoms.values()].flatMap((s) => (s.match.patterns ?? []).flatMap((p) => requiredLiterals(p) ?? []));
    const set = new LiteralSet(literals);
    for (const t of realTexts()) {
      const lower = t.toLowerCase();
      expect([...set.presentIn(lower)].sort()).toEqual([...new Set(literals.filter((l) => lower.includes(l)))].sort());
    }
  });
});
