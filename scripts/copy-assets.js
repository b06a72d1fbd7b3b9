// tsc compiles code only; the knowledge files and the playground's static files ship beside it.
// Copying them into dist/ lets dist run on its own (the loader also finds them in the source tree).
const { cpSync, existsSync, chmodSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
for (const dir of ['knowledge/data', 'knowledge/codes', 'knowledge/reference', 'bot/playground/static']) {
  const from = join(root, dir);
  if (existsSync(from)) cpSync(from, join(root, 'dist', dir), { recursive: true });
}
const bin = join(root, 'dist/cli/main.js');
if (existsSync(bin)) chmodSync(bin, 0o755);
