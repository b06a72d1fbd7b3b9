// Reads the knowledge files shipped with the package. This is the only place in knowledge/ that
// touches the file system, and it reads only files that live beside this module: the graph is part
// of the program, not configuration.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildKnowledge, type KnowledgeText } from './load';
import type { Knowledge } from './graph';

const FOLDERS = ['data', 'codes', 'reference'];

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

let cached: Knowledge | undefined;

/** The shipped knowledge graph, loaded once per process. */
export function defaultKnowledge(): Knowledge {
  cached ??= buildKnowledge(readKnowledgeTexts());
  return cached;
}
