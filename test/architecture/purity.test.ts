// The diagnostic core and the knowledge are channel-agnostic and pure: no bot framework, no HTTP,
// no process globals. Channels (bot/, cli/) are thin renderers around them. This keeps it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](botbuilder[^'"]*|restify|@slack\/[^'"]+|node:https?|https?|node:net|net|undici|axios|node-fetch|dotenv|node:child_process|child_process)['"]/;
const PROCESS_GLOBALS = /\bprocess\.(env|cwd|argv|exit|stdout|stderr|stdin)\b|\bconsole\.(log|error|warn|info|debug)\b/;

describe('core/ and knowledge/ stay pure', () => {
  const files = [...sources(join(ROOT, 'core')), ...sources(join(ROOT, 'knowledge'))];

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(ROOT, f)]))('%s imports no channel, network or process code', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(text).not.toMatch(FORBIDDEN_IMPORTS);
    expect(text).not.toMatch(PROCESS_GLOBALS);
  });

  it('reads the file system only in knowledge/files.ts (the shipped graph)', () => {
    const readers = files.filter((f) => /from\s+['"](node:)?fs(\/promises)?['"]/.test(readFileSync(f, 'utf8')));
    expect(readers.map((f) => relative(ROOT, f))).toEqual(['knowledge/files.ts']);
  });
});
