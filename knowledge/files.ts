// Reads the knowledge files shipped with the package. This is the only place in knowledge/ that
// touches the file system, and it reads only files that live beside this module: the graph is part
// of the program, not configuration.
//
// The YAML under knowledge/ is the reviewed source. `npm run build` also writes it, parsed, to
// dist/knowledge/knowledge.json, because parsing ~1 MB of YAML costs a start-up several hundred
// milliseconds and JSON.parse a few; the compiled file is validated exactly like the YAML.

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

let cached: Knowledge | undefined;

/** The shipped knowledge graph, loaded once per process. */
export function defaultKnowledge(): Knowledge {
  if (cached) return cached;
  const compiled = join(__dirname, COMPILED);
  cached = existsSync(compiled)
    ? buildKnowledgeFromDocs(JSON.parse(readFileSync(compiled, 'utf8')) as KnowledgeDoc[])
    : buildKnowledge(readKnowledgeTexts());
  return cached;
}

export { KnowledgeError };
