// tsc compiles code only. This ships what the code reads beside it: the knowledge files (and the
// knowledge precompiled to JSON, validated on the way), and the playground's static files.
const { cpSync, existsSync, chmodSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
for (const dir of ['knowledge/data', 'knowledge/codes', 'knowledge/reference', 'bot/playground/static']) {
  const from = join(root, dir);
  const to = join(root, 'dist', dir);
  // A copy over the old one would keep files deleted or renamed since: the knowledge would still load them.
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
const bin = join(root, 'dist/cli/main.js');
if (existsSync(bin)) chmodSync(bin, 0o755);

try {
  const files = require(join(root, 'dist/knowledge/files.js'));
  files.compileKnowledge();
  // The question index, built once here instead of on every process's first question.
  const { questionIndexSnapshot } = require(join(root, 'dist/core/nlp/index.js'));
  files.writeCompiledArtifact('question-index', questionIndexSnapshot(files.defaultKnowledge()));
} catch (e) {
  console.error(`build: compiling the knowledge failed:\n${e.message}`);
  process.exit(1);
}
