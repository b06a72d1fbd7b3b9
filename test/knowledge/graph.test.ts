// The shipped knowledge graph as a whole: it loads, it lints clean, it meets the breadth targets,
// and the lint itself catches what it claims to catch.
import { runCli } from '../../cli/run';
import { Readable } from 'node:stream';
import { defaultKnowledge } from '../../knowledge/files';
import { buildKnowledge, KnowledgeError } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';
import { knowledgeStats } from '../../knowledge/stats';

describe('the shipped knowledge', () => {
  const k = defaultKnowledge();

  it('lints clean: no dangling edge, no orphan, every cause with a fix, a check, a source and three questions', () => {
    expect(lintKnowledge(k).map((p) => `${p.file}: ${p.node}: ${p.message}`)).toEqual([]);
  });

  it('meets the breadth targets (≥150 causes, ≥500 codes, every cause sourced)', () => {
    const s = knowledgeStats(k);
    expect(s.causes).toBeGreaterThanOrEqual(150);
    expect(s.codes).toBeGreaterThanOrEqual(500);
    expect(s.causesWithoutSource).toEqual([]);
    expect(s.causesWithFewQuestions).toEqual([]);
  });

  it('every source a cause cites has a URL or a note a reader can follow', () => {
    for (const c of k.causes.values()) {
      for (const id of c.sources) {
        const s = k.sources.get(id)!;
        expect(Boolean(s.url || s.note)).toBe(true);
      }
    }
  });

  it('no regex can backtrack catastrophically: no quantified group holds a quantifier of its own', () => {
    // A structural check instead of a timed one: (x+)+, (a|ab)*, (.*)* are what make a regex blow up
    // on a long hostile line; any group that is itself quantified must have a fixed-length inside.
    const NESTED = /\((?:[^()\\]|\\.)*?[+*}](?:[^()\\]|\\.)*?\)(?:[+*]|\{\d*,\d*\})/;
    for (const bad of ['(a+)+', '(.*)*', '(\\w+\\s?){2,}', '(?:x*y)+']) expect([bad, NESTED.test(bad)]).toEqual([bad, true]);
    for (const fine of ['(a|b)+', '(?:code )?70', 'alert (?:is )?\\d+', '(?:ab){2}']) expect([fine, NESTED.test(fine)]).toEqual([fine, false]);
    const offenders: string[] = [];
    for (const s of k.symptoms.values()) {
      const sources = [
        ...(s.match.patterns ?? []),
        ...(s.match.logs ?? []).map((l) => l.pattern),
        ...(s.match.events ?? []).flatMap((e) => (e.description ? [e.description] : [])),
        ...(s.match.iis ?? []).flatMap((i) => (i.uri ? [i.uri] : [])),
        ...(s.match.registry ?? []).flatMap((r) => [r.key, r.name, r.data].filter((x): x is string => !!x)),
      ];
      for (const p of sources) if (NESTED.test(p)) offenders.push(`${s.id}: ${p}`);
    }
    expect(offenders).toEqual([]);
  });

  it('every message pattern compiles and is not trivially broad', () => {
    for (const s of k.symptoms.values()) {
      for (const p of s.match.patterns ?? []) {
        const rx = new RegExp(p, 'i');
        expect([s.id, rx.test('hello world, the weather is nice today')]).toEqual([s.id, false]);
      }
    }
  });
});

describe('certsleuth knowledge lint|stats (the CLI runs them)', () => {
  const io = () => {
    let out = '';
    return {
      io: { stdin: Readable.from([]), stdout: (s: string) => (out += s), stderr: (s: string) => (out += s), stdinIsTTY: true },
      out: () => out,
    };
  };
  it('lint passes', async () => {
    const { io: cliIo, out } = io();
    expect(await runCli(['knowledge', 'lint'], cliIo)).toBe(0);
    expect(out()).toMatch(/no problems/);
  });
  it('stats counts causes, codes and German coverage', async () => {
    const { io: cliIo, out } = io();
    expect(await runCli(['knowledge', 'stats'], cliIo)).toBe(0);
    expect(out()).toMatch(/causes \d+, symptoms \d+/);
    expect(out()).toMatch(/causes without German: \d+ of \d+/);
  });
});

describe('the lint catches broken graphs', () => {
  const base = (extra: string) => `
area: t
title: T
sources:
  - { id: s1, title: S, url: https://example.invalid }
components:
  - { id: c1, title: C, kind: product }
symptoms:
  - { id: sy1, title: Sy, kind: code, match: { codes: ['0x80070005'] }, indicates: [{ cause: ca1, weight: 0.5 }] }
causes:
  - id: ca1
    title: Ca
    summary: S.
    explanation: E.
    affects: [c1]
    remediation: [r1]
    verify: [ch1]
    sources: [s1]
    questions: [a, b, c]
remediations:
  - { id: r1, title: R, steps: [{ text: do it }] }
checks:
  - { id: ch1, title: Ch, steps: [{ text: look }] }
${extra}`;
  const lint = (yaml: string) => lintKnowledge(buildKnowledge([{ path: 'data/t.yaml', text: yaml }])).map((p) => p.message);

  it('accepts a whole graph', () => {
    expect(lint(base(''))).toEqual([]);
  });
  it('finds a dangling edge and an orphan', () => {
    const y = base('').replace('remediation: [r1]', 'remediation: [r1, r2]').replace("- { id: ch1, title: Ch, steps: [{ text: look }] }", "- { id: ch1, title: Ch, steps: [{ text: look }] }\n  - { id: ch2, title: Orphan, steps: [{ text: x }] }");
    const problems = lint(y);
    expect(problems).toContain('remediation "r2" does not exist');
    expect(problems).toContain('orphan check: no cause uses it');
  });
  it('finds a cause that no symptom indicates, and one without enough questions', () => {
    const y = base('').replace('indicates: [{ cause: ca1, weight: 0.5 }]', 'indicates: [{ cause: ca1, weight: 0.5 }]').replace('questions: [a, b, c]', 'questions: [a]');
    expect(lint(y)).toContain('has 1 example questions, needs 3');
    const lonely = base('').replace("  - { id: sy1, title: Sy, kind: code, match: { codes: ['0x80070005'] }, indicates: [{ cause: ca1, weight: 0.5 }] }", '');
    expect(lint(lonely.replace('symptoms:\n', ''))).toContain('no symptom indicates this cause');
  });
  it('requires requiresEvidence on causes that speak of the user\'s values', () => {
    expect(lint(base('').replace('title: Ca', 'title: Certificate {thumbprint} expired'))).toEqual([
      "its title or summary names the user's values ({placeholder}): set requiresEvidence: true so a bare question cannot raise it",
    ]);
  });
  it('refuses invalid files at load with every problem named', () => {
    expect(() => buildKnowledge([{ path: 'data/t.yaml', text: base('').replace("weight: 0.5", "weight: 2") }])).toThrow(KnowledgeError);
    expect(() => buildKnowledge([{ path: 'data/t.yaml', text: 'area: [' }])).toThrow(/does not parse/);
  });
});
