// "Lint the linter": every certificate rule is registered, described and cited; every signal a
// rule can emit is matched by a knowledge symptom; the knowledge of this area loads and lints clean.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../core/rules/cert';
import { allRules } from '../../core/rules';
import { load as parseYaml } from 'js-yaml';
import { readKnowledgeTexts } from '../../knowledge/files';
import { buildKnowledge, KnowledgeError } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';
import type { Knowledge } from '../../knowledge/graph';
import type { RawKnowledgeFile } from '../../knowledge/schema';

const RULE_DIR = join(__dirname, '..', '..', 'core', 'rules', 'cert');
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !['index.ts', 'shared.ts'].includes(f));

/** Signal ids written in the rules' sources: certSignal('…'), id: '…', and the validity table. */
function emittedSignalIds(): string[] {
  const ids = new Set<string>();
  for (const f of ruleFiles) {
    const src = readFileSync(join(RULE_DIR, f), 'utf8');
    for (const m of src.matchAll(/certSignal\(\s*'([a-z0-9.-]+)'/g)) ids.add(m[1]);
    for (const m of src.matchAll(/(?:id|return|: )\s*:?\s*'(cert\.[a-z0-9-]+\.[a-z0-9.-]+|cert\.private-key-exposed)'/g)) ids.add(m[1]);
    for (const m of src.matchAll(/'(cert\.(?:expired|not-yet-valid|expiring-soon|summary\.no-purpose|summary))'/g)) ids.add(m[1]);
  }
  return [...ids].sort();
}

describe('rule catalogue', () => {
  it('registers one rule per file, in the global registry too', () => {
    expect(rules).toHaveLength(ruleFiles.length);
    for (const r of rules) expect(allRules).toContain(r);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has an id, a description and a citation', (_id, r) => {
    expect(r.id).toMatch(/^cert\.[a-z0-9-]+$/);
    expect(r.description.length).toBeGreaterThan(20);
    expect(r.citations.length).toBeGreaterThan(0);
    for (const c of r.citations) expect(c.title.length).toBeGreaterThan(5);
  });

  it('has a test for every rule file', () => {
    const tests = readdirSync(join(__dirname, 'rules')).map((f) => readFileSync(join(__dirname, 'rules', f), 'utf8')).join('\n');
    for (const f of ruleFiles) expect(tests).toContain(`core/rules/cert/${f.replace(/\.ts$/, '')}'`);
  });
});

/**
 * The whole graph, or undefined when another area's file is mid-edit and breaks the build (several
 * engineers share the checkout). A problem in certificates.yaml itself always fails the test.
 */
function wholeGraph(): Knowledge | undefined {
  try {
    return buildKnowledge(readKnowledgeTexts());
  } catch (e) {
    if (!(e instanceof KnowledgeError) || e.problems.some((p) => p.includes('certificates.yaml'))) throw e;
    console.warn(`certificate knowledge: another area's file does not load, checking certificates.yaml alone:\n${e.problems.join('\n')}`);
    return undefined;
  }
}

/** Each data file parsed on its own, so that one broken file does not hide the others' symptoms. */
function rawFiles(): RawKnowledgeFile[] {
  const out: RawKnowledgeFile[] = [];
  for (const t of readKnowledgeTexts()) {
    if (!t.path.startsWith('data/')) continue;
    try {
      out.push(parseYaml(t.text) as RawKnowledgeFile);
    } catch {
      /* another area's file mid-edit */
    }
  }
  return out;
}

describe('knowledge', () => {
  const k = wholeGraph();
  const raw = rawFiles();
  const mine = raw.find((f) => f.area === 'cert')!;

  it('matches every signal the rules emit with a symptom', () => {
    const matched = new Set(raw.flatMap((f) => (f.symptoms ?? []).flatMap((s) => s.match.signals ?? [])));
    const emitted = emittedSignalIds();
    expect(emitted.length).toBeGreaterThan(35);
    expect(emitted.filter((id) => !matched.has(id))).toEqual([]);
  });

  it('lints clean for the certificate area', () => {
    if (!k) return;
    const problems = lintKnowledge(k).filter((p) => JSON.stringify(p).includes('certificates.yaml') || JSON.stringify(p).includes('"cert.'));
    expect(problems).toEqual([]);
  });

  it('every certificate cause has three example questions and a remediation with a command', () => {
    const causes = mine.causes ?? [];
    expect(causes.length).toBeGreaterThan(20);
    for (const c of causes) {
      expect(c.questions.length).toBeGreaterThanOrEqual(3);
      const steps = c.remediation.flatMap((r) => mine.remediations?.find((x) => x.id === r)?.steps ?? []);
      expect(steps.some((s) => !!s.command)).toBe(true);
    }
  });

  it('points every symptom at a cause that exists in some area', () => {
    const causes = new Set(raw.flatMap((f) => (f.causes ?? []).map((c) => c.id)));
    const dangling = (mine.symptoms ?? []).flatMap((s) => s.indicates.map((i) => i.cause)).filter((c) => !causes.has(c));
    expect(dangling).toEqual([]);
    const fixes = new Set(raw.flatMap((f) => [...(f.remediations ?? []), ...(f.checks ?? [])].map((r) => r.id)));
    expect((mine.causes ?? []).flatMap((c) => [...c.remediation, ...c.verify]).filter((id) => !fixes.has(id))).toEqual([]);
  });

  it('the "fits DPM" remediation is the ready-to-run Set-DPMCredentials command with the thumbprint', () => {
    const steps = mine.remediations!.find((r) => r.id === 'cert.dpm-configure-thumbprint')!.steps;
    expect(steps[0].command).toBe('Set-DPMCredentials -DPMServerName {dpmServer} -Type Certificate -Action Configure -OutputFilePath C:\\Temp -Thumbprint {thumbprint}');
  });
});
