// Every real text the repository holds: the Windows texts in the fixtures and the inputs of the
// real-world evaluation sets. The matching's shortcuts are proven sound over all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function realTexts(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'text');
  const out = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('utf8').split('\u0000').join(''));
  const evalDir = join(__dirname, '..', 'eval');
  for (const f of readdirSync(evalDir).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).input);
  }
  return out;
}
