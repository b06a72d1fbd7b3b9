// "Lint the linter": every certificate rule is registered, described and cited; every signal a
// rule can emit is matched by a knowledge symptom; the knowledge of this area loads and lints clean.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../core/rules/cert';
import { allRules } from '../../core/rules';
import { readKnowledgeTexts } from '../../knowledge/files';
import { buildKnowledge } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';

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

describe('knowledge', () => {
  const k = buildKnowledge(readKnowledgeTexts());

  it('matches every signal the rules emit with a symptom', () => {
    const matched = new Set([...k.symptoms.values()].flatMap((s) => s.match.signals ?? []));
    const emitted = emittedSignalIds();
    expect(emitted.length).toBeGreaterThan(35);
    expect(emitted.filter((id) => !matched.has(id))).toEqual([]);
  });

  it('lints clean for the certificate area', () => {
    const problems = lintKnowledge(k).filter((p) => JSON.stringify(p).includes('certificates.yaml') || JSON.stringify(p).includes('"cert.'));
    expect(problems).toEqual([]);
  });

  it('every certificate cause has three example questions and a remediation with a command', () => {
    const causes = [...k.causes.values()].filter((c) => c.file.endsWith('certificates.yaml'));
    expect(causes.length).toBeGreaterThan(20);
    for (const c of causes) {
      expect(c.questions.length).toBeGreaterThanOrEqual(3);
      const steps = c.remediation.flatMap((r) => k.remediations.get(r)?.steps ?? []);
      expect(steps.some((s) => !!s.command)).toBe(true);
    }
  });

  it('the "fits DPM" remediation is the ready-to-run Set-DPMCredentials command with the thumbprint', () => {
    const steps = k.remediations.get('cert.dpm-configure-thumbprint')!.steps;
    expect(steps[0].command).toBe('Set-DPMCredentials -DPMServerName {dpmServer} -Type Certificate -Action Configure -OutputFilePath C:\\Temp -Thumbprint {thumbprint}');
  });
});
