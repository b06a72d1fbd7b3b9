// The guide engine, its model, flow finding and the renderers are channel-neutral: only the dialog,
// the per-channel activity and the entry point (createGuide) may touch botbuilder. This keeps a move
// to another bot SDK (or the direct Slack app) to those three files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIALOGS = join(__dirname, '..', '..', 'dialogs');
const BOT_SIDE = new Set(['guide-dialog.ts', 'guide-activity.ts', 'index.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const neutral = sources(DIALOGS).filter((f) => !BOT_SIDE.has(relative(DIALOGS, f)));

test('there are channel-neutral files to check', () => {
  expect(neutral.map((f) => relative(DIALOGS, f))).toEqual(expect.arrayContaining(['guide-engine.ts', 'judge-hop.ts', 'render/adaptive-card.ts']));
});

test.each(neutral.map((f) => [relative(DIALOGS, f)]))('dialogs/%s imports no bot framework, network or process code', (file) => {
  const text = readFileSync(join(DIALOGS, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  expect(text).not.toMatch(/from\s+['"](botbuilder[^'"]*|restify|@slack\/[^'"]+|node:https?|node:fs)['"]/);
  expect(text).not.toMatch(/\bprocess\.(env|cwd|argv)\b|\bconsole\./);
});
