// Every seed rule is registered, unique, described and cited (zlint/pkilint style), and what it emits
// is something the knowledge listens to.
import { readFileSync } from 'fs';
import { join } from 'path';
import { allRules } from '../../core/rules';
import { rules as common } from '../../core/rules/common';
import { rules as dpm } from '../../core/rules/dpm';
import { rules as scep } from '../../core/rules/scep';
import { rules as tls } from '../../core/rules/tls';

const seedRules = [...common, ...dpm, ...scep, ...tls];

describe('seed rule registry', () => {
  it('registers every seed rule exactly once, with a description and a citation', () => {
    const ids = allRules.map((r) => r.id);
    for (const r of seedRules) {
      expect(ids.filter((id) => id === r.id)).toHaveLength(1);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(c.url || c.note).toBeTruthy();
    }
  });

  it('names each rule after the signal it emits, which a knowledge symptom matches', () => {
    const knowledgeText = ['dpm.yaml', 'scep-flow.yaml', 'store-hygiene.yaml']
      .map((f) => readFileSync(join(__dirname, '..', '..', 'knowledge', 'data', f), 'utf8'))
      .join('\n');
    for (const r of [...dpm, ...scep, ...tls]) expect(knowledgeText).toContain(`signals: [${r.id}]`);
  });
});
