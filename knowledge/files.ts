// Reads the knowledge files shipped with the package. This is the only place in knowledge/ that
// touches the file system, and it reads only files that live beside this module: the graph is part
// of the program, not configuration.
//
// The YAML under knowledge/ is the reviewed source. `npm run build` also writes it, parsed, to
// dist/knowledge/knowledge.json, because parsing ~1 MB of YAML costs a start-up several hundred
// milliseconds and JSON.parse a few; the compiled file is validated exactly like the YAML.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildKnowledge, buildKnowledgeFromDocs, parseKnowledgeTexts, KnowledgeError, type KnowledgeDoc, type KnowledgeText } from './load';
import type { Knowledge } from './graph';

const FOLDERS = ['data', 'codes', 'reference'];
const COMPILED = 'knowledge.json';

/** The knowledge/ folder: beside this file in the sources, two levels up from dist/knowledge. */
export function knowledgeRoot(): string {
  const candidates = [__dirname, resolve(__dirname, '..', '..', 'knowledge')];
  const found = candidates.find((d) => existsSync(join(d, 'data')));
  if (!found) throw new Error(`knowledge files not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function readKnowledgeTexts(root = knowledgeRoot()): KnowledgeText[] {
  const out: KnowledgeText[] = [];
  for (const folder of FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      out.push({ path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return out;
}

/** Parses the YAML once and writes it as JSON beside this module (run by the build). */
export function compileKnowledge(outDir = __dirname): string {
  const { docs, problems } = parseKnowledgeTexts(readKnowledgeTexts());
  buildKnowledgeFromDocs(docs, problems); // refuse to compile an invalid graph
  const out = join(outDir, COMPILED);
  writeFileSync(out, JSON.stringify(docs));
  return out;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

let cached: Knowledge | undefined;
/** Hash of the compiled knowledge the process loaded; undefined when it parsed the YAML. */
let cachedHash: string | undefined;

/** The shipped knowledge graph, loaded once per process. */
export function defaultKnowledge(): Knowledge {
  if (cached) return cached;
  const compiled = join(__dirname, COMPILED);
  if (existsSync(compiled)) {
    const text = readFileSync(compiled, 'utf8');
    cachedHash = sha1(text);
    cached = buildKnowledgeFromDocs(JSON.parse(text) as KnowledgeDoc[]);
  } else {
    cached = buildKnowledge(readKnowledgeTexts());
  }
  return cached;
}

/**
 * Data derived from the compiled knowledge (the question index), written by the build beside it.
 * It is tagged with the compiled knowledge's hash, and read back only when the process loaded that
 * same compiled knowledge: a stale artifact is never used.
 */
export function writeCompiledArtifact(name: string, data: unknown, outDir = __dirname): void {
  const knowledgeHash = sha1(readFileSync(join(outDir, COMPILED), 'utf8'));
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ knowledgeHash, data }));
}

export function compiledArtifact<T>(name: string): T | undefined {
  defaultKnowledge();
  const path = join(__dirname, `${name}.json`);
  if (!cachedHash || !existsSync(path)) return undefined;
  try {
    const artifact = JSON.parse(readFileSync(path, 'utf8')) as { knowledgeHash?: string; data?: T };
    return artifact.knowledgeHash === cachedHash ? artifact.data : undefined;
  } catch {
    return undefined;
  }
}

export { KnowledgeError };
