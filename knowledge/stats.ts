// Counts of the knowledge graph per area: what `certsleuth knowledge stats` prints, and what the
// tests hold the breadth targets against.
import type { Knowledge } from './graph';

export interface AreaStats {
  area: string;
  title: string;
  causes: number;
  symptoms: number;
  sources: number;
  germanCauses: number;
}

export interface KnowledgeStats {
  areas: AreaStats[];
  causes: number;
  symptoms: number;
  remediations: number;
  checks: number;
  sources: number;
  flows: number;
  codes: number;
  codesByTable: Record<string, number>;
  causesWithoutGerman: string[];
  causesWithFewQuestions: string[];
  causesWithoutSource: string[];
}

export function knowledgeStats(k: Knowledge): KnowledgeStats {
  const areas = new Map<string, AreaStats>();
  const area = (id: string) => {
    let a = areas.get(id);
    if (!a) {
      a = { area: id, title: k.areas.get(id) ?? id, causes: 0, symptoms: 0, sources: 0, germanCauses: 0 };
      areas.set(id, a);
    }
    return a;
  };
  for (const id of k.areas.keys()) area(id);
  for (const c of k.causes.values()) {
    const a = area(c.area);
    a.causes++;
    if (c.de?.title) a.germanCauses++;
  }
  for (const s of k.symptoms.values()) area(s.area).symptoms++;
  for (const s of k.sources.values()) area(s.area).sources++;
  const codesByTable: Record<string, number> = {};
  for (const c of k.codes.values()) codesByTable[c.table] = (codesByTable[c.table] ?? 0) + 1;
  const causes = [...k.causes.values()];
  return {
    areas: [...areas.values()].sort((a, b) => a.area.localeCompare(b.area)),
    causes: k.causes.size,
    symptoms: k.symptoms.size,
    remediations: k.remediations.size,
    checks: k.checks.size,
    sources: k.sources.size,
    flows: k.flows.size,
    codes: k.codes.size,
    codesByTable,
    causesWithoutGerman: causes.filter((c) => !c.de?.title).map((c) => c.id),
    causesWithFewQuestions: causes.filter((c) => c.questions.length < 3).map((c) => c.id),
    causesWithoutSource: causes.filter((c) => c.sources.length === 0).map((c) => c.id),
  };
}

export function renderStats(s: KnowledgeStats): string {
  const rows = s.areas.map(
    (a) => `  ${a.area.padEnd(24)} ${String(a.causes).padStart(6)} ${String(a.symptoms).padStart(8)} ${String(a.sources).padStart(7)} ${String(a.germanCauses).padStart(7)}`,
  );
  return [
    `causes ${s.causes}, symptoms ${s.symptoms}, remediations ${s.remediations}, checks ${s.checks}, sources ${s.sources}, flows ${s.flows}, codes ${s.codes}`,
    '',
    `  ${'area'.padEnd(24)} ${'causes'.padStart(6)} ${'symptoms'.padStart(8)} ${'sources'.padStart(7)} ${'German'.padStart(7)}`,
    ...rows,
    '',
    `codes by table: ${Object.entries(s.codesByTable).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
    `causes without a source: ${s.causesWithoutSource.length}`,
    `causes with fewer than three example questions: ${s.causesWithFewQuestions.length}${s.causesWithFewQuestions.length ? ` (${s.causesWithFewQuestions.join(', ')})` : ''}`,
    `causes without German: ${s.causesWithoutGerman.length} of ${s.causes}`,
    '',
  ].join('\n');
}
