// Breadth part B: Schannel/TLS, IIS HTTPS, .NET keys, ConfigMgr client PKI, NDES/Intune connector and
// Lync/Skype certificate causes. Loads only common.yaml and these files, so a problem found here is ours.

import { lintKnowledge } from '../../knowledge/lint';
import { PLACEHOLDERS } from '../../core/diagnose/bindings';
import { areaKnowledge, BREADTH_B_FILES as OUR_FILES, inFiles } from './area-files';

describe('breadth B knowledge files', () => {
  const k = areaKnowledge(OUR_FILES);
  const ours = [...k.causes.values()].filter((c) => inFiles(OUR_FILES)(c.file));

  it('lints clean apart from common components no file of ours uses', () => {
    const problems = lintKnowledge(k).filter(
      (p) => !(p.file === 'data/common.yaml' && p.message.startsWith('orphan component')),
    );
    expect(problems).toEqual([]);
  });

  it('holds at least 65 causes', () => {
    expect(ours.length).toBeGreaterThanOrEqual(65);
  });

  it('gives every cause three distinct questions and a cited source with a URL or KB note', () => {
    for (const c of ours) {
      expect(new Set(c.questions.map((q) => q.toLowerCase())).size).toBeGreaterThanOrEqual(3);
      for (const s of c.sources) {
        const src = k.sources.get(s)!;
        expect(Boolean(src.url || src.note)).toBe(true);
      }
    }
  });

  it('gives about a third of the causes a German title and summary', () => {
    const german = ours.filter((c) => c.de?.title && c.de?.summary);
    expect(german.length * 4).toBeGreaterThanOrEqual(ours.length);
  });

  it('keeps symptom ids and cause ids in the file area prefix', () => {
    for (const c of ours) expect(c.id.startsWith(`${c.area}.`)).toBe(true);
    for (const s of k.symptoms.values()) {
      if (s.file !== 'data/common.yaml') expect(s.id.startsWith(`${s.area}.`)).toBe(true);
    }
  });

  it('writes regexes that run fast on a long hostile line', () => {
    const hostile = 'a'.repeat(20000) + '!' + ' 0x'.repeat(5000);
    for (const s of k.symptoms.values()) {
      const res = [
        ...(s.match.patterns ?? []),
        ...(s.match.logs ?? []).map((l) => l.pattern),
        ...(s.match.events ?? []).map((e) => e.description).filter((d): d is string => !!d),
        ...(s.match.iis ?? []).map((i) => i.uri).filter((d): d is string => !!d),
      ];
      for (const r of res) {
        const t0 = Date.now();
        new RegExp(r, 'i').test(hostile);
        expect(Date.now() - t0).toBeLessThan(50);
      }
    }
  });

  it('uses only placeholders the reply knows how to fill in commands', () => {
    const known = new Set<string>(PLACEHOLDERS);
    const unknown: string[] = [];
    for (const node of [...k.remediations.values(), ...k.checks.values()]) {
      if (node.file === 'data/common.yaml') continue;
      const steps = [...node.steps, ...(node.de?.steps ?? [])];
      for (const st of steps) {
        for (const m of (st.command ?? '').matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
          if (!known.has(m[1])) unknown.push(`${node.id}: {${m[1]}}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
