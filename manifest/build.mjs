// Builds the Teams app package (manifest.json + the two icons, zipped) for upload in Teams or the
// Developer Portal: `npm run manifest`. The bot id comes from MicrosoftAppId (environment or .env),
// the app id from TEAMS_APP_ID when set; the checked-in manifest keeps placeholders.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const here = dirname(fileURLToPath(import.meta.url));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dotenvValue(name) {
  const file = resolve(here, '..', '.env');
  if (!existsSync(file)) return undefined;
  const line = readFileSync(file, 'utf8').split(/\r?\n/).find((l) => l.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim().replace(/^["']|["']$/g, '') || undefined;
}

/** The manifest with the bot and app ids filled in. */
export function buildManifest(env = process.env) {
  const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
  const botId = env.MicrosoftAppId || dotenvValue('MicrosoftAppId');
  const appId = env.TEAMS_APP_ID || dotenvValue('TEAMS_APP_ID');
  if (botId) {
    if (!GUID.test(botId)) throw new Error(`MicrosoftAppId is not a GUID: ${botId}`);
    manifest.bots[0].botId = botId;
  }
  if (appId) {
    if (!GUID.test(appId)) throw new Error(`TEAMS_APP_ID is not a GUID: ${appId}`);
    manifest.id = appId;
  }
  return manifest;
}

export async function buildPackage(outFile = join(here, 'build', 'certsleuth-teams.zip'), env = process.env) {
  const manifest = buildManifest(env);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', readFileSync(join(here, 'color.png')));
  zip.file('outline.png', readFileSync(join(here, 'outline.png')));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, bytes);
  return { outFile, manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  buildPackage(out)
    .then(({ outFile, manifest }) => {
      const placeholder = manifest.bots[0].botId === '00000000-0000-0000-0000-000000000000';
      process.stdout.write(`wrote ${outFile}${placeholder ? ' (bot id is a placeholder: set MicrosoftAppId)' : ''}\n`);
    })
    .catch((err) => {
      process.stderr.write(`manifest: ${err.message}\n`);
      process.exit(1);
    });
}
