// Builds the knowledge graph from the text of its YAML files. Pure: it is given the files' text and
// returns the graph or throws a KnowledgeError that names every problem found (file, node, field).
// Reading the files from disk is knowledge/files.ts's job.

import { load as parseYaml } from 'js-yaml';
import { codeKey, emptyKnowledge, type Knowledge, type Located } from './graph';
import type {
  RawCause,
  RawCode,
  RawCodeFile,
  RawKnowledgeFile,
  RawReferenceFile,
  RawSource,
} from './schema';

export interface KnowledgeText {
  /** Path relative to knowledge/, e.g. "data/dpm.yaml", "codes/cert.yaml". */
  path: string;
  text: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge is invalid:\n  ${problems.join('\n  ')}`);
  }
}

const ID = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;

type Problems = string[];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(p: Problems, where: string, v: unknown, field: string, optional = false): void {
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || !v.trim()) p.push(`${where}: "${field}" must be a non-empty string`);
}

function strList(p: Problems, where: string, v: unknown, field: string, optional = false): void {
  if (v === undefined && optional) return;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) {
    p.push(`${where}: "${field}" must be a list of non-empty strings`);
  }
}

function steps(p: Problems, where: string, v: unknown, field = 'steps'): void {
  if (!Array.isArray(v) || v.length === 0) {
    p.push(`${where}: "${field}" must be a non-empty list`);
    return;
  }
  v.forEach((s, i) => {
    if (!isObject(s)) p.push(`${where}: ${field}[${i}] must be a mapping with "text"`);
    else {
      str(p, `${where} ${field}[${i}]`, s.text, 'text');
      str(p, `${where} ${field}[${i}]`, s.command, 'command', true);
    }
  });
}

function regexes(p: Problems, where: string, list: unknown[]): void {
  for (const r of list) {
    if (typeof r !== 'string') continue;
    try {
      new RegExp(r, 'i');
    } catch (e) {
      p.push(`${where}: invalid regular expression ${JSON.stringify(r)}: ${(e as Error).message}`);
    }
  }
}

/** Parses "0x800B0101", "800B0101", "-2146762495", "1008" to the table key. */
export function parseCodeLiteral(code: string): number | undefined {
  const s = code.trim();
  if (/^0x[0-9a-f]{1,8}$/i.test(s)) return codeKey(parseInt(s, 16));
  if (/^[0-9a-f]{8}$/i.test(s) && /[a-f]/i.test(s)) return codeKey(parseInt(s, 16));
  if (/^-?\d+$/.test(s)) return codeKey(Number(s));
  return undefined;
}

function validateMatch(p: Problems, where: string, m: unknown): void {
  if (!isObject(m)) {
    p.push(`${where}: "match" must be a mapping`);
    return;
  }
  const keys = Object.keys(m);
  if (keys.length === 0) p.push(`${where}: "match" has no matcher`);
  const known = ['codes', 'dpmIds', 'patterns', 'events', 'logs', 'iis', 'registry', 'commands', 'http', 'signals'];
  for (const k of keys) if (!known.includes(k)) p.push(`${where}: unknown matcher "${k}"`);
  if (m.codes !== undefined) {
    strList(p, where, m.codes, 'match.codes');
    if (Array.isArray(m.codes)) {
      for (const c of m.codes) {
        if (typeof c === 'string' && parseCodeLiteral(c) === undefined) p.push(`${where}: unreadable code "${c}"`);
      }
    }
  }
  if (m.patterns !== undefined) {
    strList(p, where, m.patterns, 'match.patterns');
    if (Array.isArray(m.patterns)) regexes(p, where, m.patterns);
  }
  if (m.signals !== undefined) strList(p, where, m.signals, 'match.signals');
  for (const k of ['events', 'logs', 'iis', 'registry', 'commands', 'http'] as const) {
    const v = m[k];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((x) => !isObject(x))) {
      p.push(`${where}: "match.${k}" must be a list of mappings`);
      continue;
    }
    for (const x of v as Record<string, unknown>[]) {
      regexes(
        p,
        where,
        [x.pattern, x.uri, x.key, x.name, x.data, x.description].filter((r) => typeof r === 'string') as string[],
      );
    }
  }
}

function german(p: Problems, where: string, de: unknown): void {
  if (de === undefined) return;
  if (!isObject(de)) {
    p.push(`${where}: "de" must be a mapping`);
    return;
  }
  for (const k of ['title', 'summary', 'explanation', 'prompt', 'healthy']) str(p, `${where} de`, de[k], k, true);
  if (de.questions !== undefined) strList(p, `${where} de`, de.questions, 'questions');
  if (de.steps !== undefined) steps(p, `${where} de`, de.steps);
}

function validateArea(p: Problems, path: string, doc: unknown): doc is RawKnowledgeFile {
  if (!isObject(doc)) {
    p.push(`${path}: must be a mapping with "area" and "title"`);
    return false;
  }
  const before = p.length;
  str(p, path, doc.area, 'area');
  str(p, path, doc.title, 'title');
  strList(p, path, doc.vocabulary, 'vocabulary', true);
  const lists = ['sources', 'components', 'symptoms', 'causes', 'remediations', 'checks', 'flows'];
  for (const k of Object.keys(doc)) {
    if (!['area', 'title', 'vocabulary', ...lists].includes(k)) p.push(`${path}: unknown top-level key "${k}"`);
  }
  for (const k of lists) {
    const list = doc[k];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      p.push(`${path}: "${k}" must be a list`);
      continue;
    }
    list.forEach((node, i) => {
      const where = `${path} ${k}[${i}]${isObject(node) && typeof node.id === 'string' ? ` (${node.id})` : ''}`;
      if (!isObject(node)) {
        p.push(`${where}: must be a mapping`);
        return;
      }
      if (typeof node.id !== 'string' || !ID.test(node.id)) p.push(`${where}: "id" must match ${ID}`);
      str(p, where, node.title, 'title');
      german(p, where, node.de);
      switch (k) {
        case 'sources':
          str(p, where, node.url, 'url', true);
          str(p, where, node.note, 'note', true);
          if (!node.url && !node.note) p.push(`${where}: a source needs a "url" or a "note"`);
          break;
        case 'components':
          str(p, where, node.kind, 'kind');
          strList(p, where, node.aliases, 'aliases', true);
          strList(p, where, node.logsTo, 'logsTo', true);
          strList(p, where, node.partOf, 'partOf', true);
          break;
        case 'symptoms':
          str(p, where, node.kind, 'kind');
          validateMatch(p, where, node.match);
          if (!Array.isArray(node.indicates) || node.indicates.length === 0) {
            p.push(`${where}: "indicates" must list at least one cause`);
          } else {
            for (const ind of node.indicates) {
              if (!isObject(ind) || typeof ind.cause !== 'string' || typeof ind.weight !== 'number') {
                p.push(`${where}: each "indicates" entry needs "cause" and a numeric "weight"`);
              } else if (ind.weight <= 0 || ind.weight > 1) p.push(`${where}: weight must be in (0, 1]`);
            }
          }
          break;
        case 'causes':
          str(p, where, node.summary, 'summary');
          str(p, where, node.explanation, 'explanation');
          for (const f of ['affects', 'remediation', 'verify', 'sources', 'questions']) strList(p, where, node[f], f);
          strList(p, where, node.keywords, 'keywords', true);
          str(p, where, node.flow, 'flow', true);
          if (node.requiresEvidence !== undefined && typeof node.requiresEvidence !== 'boolean') {
            p.push(`${where}: "requiresEvidence" must be true or false`);
          }
          break;
        case 'remediations':
        case 'checks':
          steps(p, where, node.steps);
          break;
        case 'flows':
          strList(p, where, node.aliases, 'aliases');
          str(p, where, node.summary, 'summary');
          strList(p, where, node.sources, 'sources');
          if (!Array.isArray(node.steps) || node.steps.length === 0) p.push(`${where}: "steps" must be a non-empty list`);
          else {
            node.steps.forEach((s: unknown, j: number) => {
              const w = `${where} steps[${j}]`;
              if (!isObject(s)) return p.push(`${w}: must be a mapping`);
              str(p, w, s.id, 'id');
              str(p, w, s.title, 'title');
              str(p, w, s.prompt, 'prompt');
              str(p, w, s.healthy, 'healthy');
              if (s.ask !== 'paste' && s.ask !== 'confirm') p.push(`${w}: "ask" must be paste or confirm`);
              german(p, w, s.de);
            });
          }
          break;
      }
    });
  }
  return p.length === before;
}

function validateCodes(p: Problems, path: string, doc: unknown): doc is RawCodeFile {
  if (!isObject(doc)) {
    p.push(`${path}: must be a mapping with "table", "title", "sources", "codes"`);
    return false;
  }
  const before = p.length;
  str(p, path, doc.table, 'table');
  str(p, path, doc.title, 'title');
  if (!Array.isArray(doc.sources) || doc.sources.length === 0) p.push(`${path}: "sources" must be a non-empty list`);
  if (!Array.isArray(doc.codes)) p.push(`${path}: "codes" must be a list`);
  const sourceIds = new Set((Array.isArray(doc.sources) ? doc.sources : []).map((s) => (isObject(s) ? s.id : undefined)));
  (Array.isArray(doc.codes) ? doc.codes : []).forEach((c, i) => {
    const where = `${path} codes[${i}]`;
    if (!isObject(c)) return p.push(`${where}: must be a mapping`);
    str(p, where, c.code, 'code');
    str(p, where, c.name, 'name');
    str(p, where, c.message, 'message');
    str(p, where, c.source, 'source');
    if (typeof c.code === 'string' && parseCodeLiteral(c.code) === undefined) p.push(`${where}: unreadable code "${c.code}"`);
    if (typeof c.source === 'string' && !sourceIds.has(c.source)) p.push(`${where}: unknown source "${c.source}"`);
  });
  return p.length === before;
}

function validateReference(p: Problems, path: string, doc: unknown): doc is RawReferenceFile {
  if (!isObject(doc)) {
    p.push(`${path}: must be a mapping`);
    return false;
  }
  const before = p.length;
  str(p, path, doc.table, 'table');
  str(p, path, doc.title, 'title');
  if (!Array.isArray(doc.sources) || doc.sources.length === 0) p.push(`${path}: "sources" must be a non-empty list`);
  return p.length === before;
}

function locate<T extends { id: string }>(
  p: Problems,
  map: Map<string, Located<T>>,
  nodes: T[] | undefined,
  area: string,
  file: string,
  kind: string,
): void {
  for (const n of nodes ?? []) {
    if (map.has(n.id)) p.push(`${file}: duplicate ${kind} id "${n.id}" (also in ${map.get(n.id)!.file})`);
    map.set(n.id, { ...n, area, file });
  }
}

export interface KnowledgeDoc {
  path: string;
  /** The file's YAML, parsed (or undefined when it did not parse: the problem is then listed). */
  doc: unknown;
}

/** Parses the files' YAML. Problems (files that do not parse) are returned, not thrown. */
export function parseKnowledgeTexts(files: KnowledgeText[]): { docs: KnowledgeDoc[]; problems: string[] } {
  const problems: string[] = [];
  const docs: KnowledgeDoc[] = [];
  for (const f of files) {
    try {
      docs.push({ path: f.path, doc: parseYaml(f.text) });
    } catch (e) {
      problems.push(`${f.path}: YAML does not parse: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return { docs, problems };
}

/** Parses, validates and links the knowledge files. Throws KnowledgeError listing every problem. */
export function buildKnowledge(files: KnowledgeText[]): Knowledge {
  const { docs, problems } = parseKnowledgeTexts(files);
  return buildKnowledgeFromDocs(docs, problems);
}

/**
 * Validates and links already-parsed knowledge documents (the build precompiles the YAML to JSON so
 * that a process starts without parsing YAML). Throws KnowledgeError listing every problem.
 */
export function buildKnowledgeFromDocs(docs: KnowledgeDoc[], earlierProblems: string[] = []): Knowledge {
  const p: Problems = [...earlierProblems];
  const k = emptyKnowledge();
  const codeFiles: { path: string; doc: RawCodeFile }[] = [];

  for (const { path, doc } of [...docs].sort((a, b) => a.path.localeCompare(b.path))) {
    if (path.startsWith('codes/')) {
      if (validateCodes(p, path, doc)) codeFiles.push({ path, doc });
    } else if (path.startsWith('reference/')) {
      if (validateReference(p, path, doc)) {
        for (const fl of doc.flags ?? []) k.flags.push({ ...fl, numeric: parseInt(fl.value, 16) >>> 0 });
        k.events.push(...(doc.events ?? []));
        k.alerts.push(...(doc.alerts ?? []));
      }
    } else if (validateArea(p, path, doc)) {
      const area = doc.area;
      k.areas.set(area, doc.title);
      k.vocabulary.push(...(doc.vocabulary ?? []).map((w) => w.toLowerCase()));
      locate(p, k.sources, doc.sources, area, path, 'source');
      locate(p, k.components, doc.components, area, path, 'component');
      locate(p, k.symptoms, doc.symptoms, area, path, 'symptom');
      locate(p, k.causes, doc.causes, area, path, 'cause');
      locate(p, k.remediations, doc.remediations, area, path, 'remediation');
      locate(p, k.checks, doc.checks, area, path, 'check');
      locate(p, k.flows, doc.flows, area, path, 'flow');
    }
  }

  for (const { path, doc } of codeFiles) {
    const sources = new Map(doc.sources.map((s) => [s.id, s]));
    for (const c of doc.codes as RawCode[]) {
      const value = parseCodeLiteral(c.code)!;
      const prior = k.codes.get(value);
      if (prior) p.push(`${path}: code ${c.code} (${c.name}) duplicates ${prior.name} in table ${prior.table}`);
      const info = { ...c, value, table: doc.table, sourceRef: sources.get(c.source) as RawSource | undefined };
      k.codes.set(value, info);
      if (!k.codesByName.has(c.name)) k.codesByName.set(c.name, info);
    }
  }

  for (const s of k.symptoms.values()) {
    for (const ind of s.indicates) {
      const list = k.symptomsOfCause.get(ind.cause) ?? [];
      list.push({ symptom: s.id, weight: ind.weight });
      k.symptomsOfCause.set(ind.cause, list);
    }
  }

  if (p.length) throw new KnowledgeError(p);
  return k;
}

export type { RawCause };
