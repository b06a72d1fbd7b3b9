// Keeps the graph whole: no dangling edge, no orphan node, every cause with a fix, a check, a
// source and example questions. Run by `certsleuth knowledge lint` and by the tests.

import type { Knowledge } from './graph';

export interface LintProblem {
  file: string;
  node: string;
  message: string;
}

const MIN_QUESTIONS = 3;
/** A {placeholder} in a cause's title or summary speaks of the user's own values. */
const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/;

export function lintKnowledge(k: Knowledge): LintProblem[] {
  const out: LintProblem[] = [];
  const add = (file: string, node: string, message: string) => out.push({ file, node, message });
  const referenced = {
    component: new Set<string>(),
    remediation: new Set<string>(),
    check: new Set<string>(),
    source: new Set<string>(),
  };

  for (const s of k.symptoms.values()) {
    for (const ind of s.indicates) {
      if (!k.causes.has(ind.cause)) add(s.file, s.id, `indicates unknown cause "${ind.cause}"`);
    }
  }

  for (const c of k.causes.values()) {
    if (!k.symptomsOfCause.get(c.id)?.length) add(c.file, c.id, 'no symptom indicates this cause');
    if (c.remediation.length === 0) add(c.file, c.id, 'has no remediation');
    if (c.verify.length === 0) add(c.file, c.id, 'has no verification');
    if (c.sources.length === 0) add(c.file, c.id, 'has no source');
    if (c.questions.length < MIN_QUESTIONS) add(c.file, c.id, `has ${c.questions.length} example questions, needs ${MIN_QUESTIONS}`);
    for (const r of c.remediation) {
      if (!k.remediations.has(r)) add(c.file, c.id, `remediation "${r}" does not exist`);
      referenced.remediation.add(r);
    }
    for (const v of c.verify) {
      if (!k.checks.has(v)) add(c.file, c.id, `check "${v}" does not exist`);
      referenced.check.add(v);
    }
    for (const s of c.sources) {
      if (!k.sources.has(s)) add(c.file, c.id, `source "${s}" does not exist`);
      referenced.source.add(s);
    }
    for (const a of c.affects) {
      if (!k.components.has(a)) add(c.file, c.id, `affects unknown component "${a}"`);
      referenced.component.add(a);
    }
    if (c.flow && !k.flows.has(c.flow)) add(c.file, c.id, `flow "${c.flow}" does not exist`);
    const speaksOfEvidence = [c.title, c.summary, c.de?.title, c.de?.summary].some((t) => t && PLACEHOLDER.test(t));
    if (speaksOfEvidence && !c.requiresEvidence) {
      add(c.file, c.id, 'its title or summary names the user\'s values ({placeholder}): set requiresEvidence: true so a bare question cannot raise it');
    }
  }

  for (const comp of k.components.values()) {
    for (const l of comp.logsTo ?? []) {
      if (!k.components.has(l)) add(comp.file, comp.id, `logsTo unknown component "${l}"`);
      referenced.component.add(l);
    }
    for (const parent of comp.partOf ?? []) {
      if (!k.components.has(parent)) add(comp.file, comp.id, `partOf unknown component "${parent}"`);
      referenced.component.add(parent);
    }
  }

  for (const f of k.flows.values()) {
    for (const s of f.sources) {
      if (!k.sources.has(s)) add(f.file, f.id, `source "${s}" does not exist`);
      referenced.source.add(s);
    }
    const stepIds = new Set<string>();
    for (const st of f.steps) {
      if (stepIds.has(st.id)) add(f.file, f.id, `duplicate step id "${st.id}"`);
      stepIds.add(st.id);
      for (const sym of [...(st.faultSymptoms ?? []), ...(st.healthySymptoms ?? [])]) {
        if (!k.symptoms.has(sym)) add(f.file, f.id, `step "${st.id}" names unknown symptom "${sym}"`);
      }
      if (st.noCause && !k.causes.has(st.noCause)) add(f.file, f.id, `step "${st.id}" names unknown cause "${st.noCause}"`);
      if (st.component) {
        if (!k.components.has(st.component)) add(f.file, f.id, `step "${st.id}" names unknown component "${st.component}"`);
        referenced.component.add(st.component);
      }
    }
  }

  for (const r of k.remediations.values()) {
    if (!referenced.remediation.has(r.id)) add(r.file, r.id, 'orphan remediation: no cause uses it');
  }
  for (const c of k.checks.values()) {
    if (!referenced.check.has(c.id)) add(c.file, c.id, 'orphan check: no cause uses it');
  }
  for (const s of k.sources.values()) {
    if (!referenced.source.has(s.id)) add(s.file, s.id, 'orphan source: nothing cites it');
  }
  for (const c of k.components.values()) {
    if (!referenced.component.has(c.id)) add(c.file, c.id, 'orphan component: no cause, flow or component refers to it');
  }
  return out;
}
