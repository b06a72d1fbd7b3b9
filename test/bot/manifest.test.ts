// The Teams app manifest against Microsoft's official JSON schema for its version (shipped in
// @microsoft/app-manifest, draft-04 — hence ajv-draft-04), its icons against Teams' size rules, and
// the package the build script zips.
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv-draft-04';
import JSZip from 'jszip';
import { COMMANDS } from '../../bot/commands';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));

function schemaFor(version: string): object {
  const file = join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

function validator(version: string) {
  // strict off: the schemas use keywords newer than draft-04 (const) and formats ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schemaFor(version));
}

function pngInfo(bytes: Buffer): { width: number; height: number; colorType: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] };
}

/** Pixels of an unfiltered RGBA PNG (what manifest/icons.mjs writes). */
function rgbaRows(png: Buffer, size: number): number[][] {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out: number[][] = [];
  for (let y = 0; y < size; y++) {
    expect(raw[y * (size * 4 + 1)]).toBe(0);
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      out.push([raw[i], raw[i + 1], raw[i + 2], raw[i + 3]]);
    }
  }
  return out;
}

describe('Teams app manifest', () => {
  it('is valid against the official schema of its manifestVersion', () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    const validate = validator(manifest.manifestVersion);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: a manifest with a bad scope and no icons is rejected', () => {
    const validate = validator(manifest.manifestVersion);
    const broken = { ...manifest, icons: undefined, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] };
    expect(validate(broken)).toBe(false);
  });

  it('declares a file-capable bot in personal, team and group chat with every chat command', () => {
    const bot = manifest.bots[0];
    expect(bot.supportsFiles).toBe(true);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists[0].commands.map((c: { title: string }) => c.title).sort();
    expect(titles).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('ships a 192×192 colour icon and a 32×32 transparent outline icon that is white only', () => {
    const color = pngInfo(readFileSync(join(root, 'manifest', manifest.icons.color)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outlineBytes = readFileSync(join(root, 'manifest', manifest.icons.outline));
    const outline = pngInfo(outlineBytes);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.colorType).toBe(6); // RGBA: it has an alpha channel
    const pixels = rgbaRows(outlineBytes, 32);
    const visible = pixels.filter((p) => p[3] > 0);
    expect(visible.length).toBeGreaterThan(20);
    expect(visible.every((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
    expect(pixels.filter((p) => p[3] === 0).length).toBeGreaterThan(500); // the background is transparent
  });

  it('builds a zip with the manifest and both icons, bot id taken from MicrosoftAppId', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'certsleuth-manifest-')), 'app.zip');
    const botId = '11111111-2222-3333-4444-555555555555';
    execFileSync(process.execPath, [join(root, 'manifest', 'build.mjs'), out], { env: { ...process.env, MicrosoftAppId: botId }, stdio: 'pipe' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed.bots[0].botId).toBe(botId);
    expect(validator(packed.manifestVersion)(packed)).toBe(true);
  });
});
