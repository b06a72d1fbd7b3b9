// The public evaluation as a floor that only goes up: the harness runs every public case through
// `certsleuth diagnose --json` (the built CLI, as a user would) and must reach these rates.
// Raise the floors when the project gets better; never lower them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCORER = join(ROOT, '..', 'shared', 'eval', 'score.mjs');
const FLOOR_TOP1 = 0.0;
const FLOOR_TOP3 = 0.0;

const haveScorer = existsSync(SCORER);
(haveScorer ? describe : describe.skip)('public evaluation', () => {
  it(`reaches top-1 ≥ ${FLOOR_TOP1 * 100} % and top-3 ≥ ${FLOOR_TOP3 * 100} %`, () => {
    const r = spawnSync(process.execPath, [SCORER, '--jobs', '2', '--min-top1', String(FLOOR_TOP1), '--min-top3', String(FLOOR_TOP3)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    const summary = r.stdout.trim().split('\n').pop();
    console.log(`${summary}\n${r.stdout}`);
    expect(r.status).toBe(0);
  }, 300_000);
});
