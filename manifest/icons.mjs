/* global Buffer */
// Draws the Teams app icons as PNGs with nothing but zlib: a magnifying glass over a certificate
// ribbon. color.png is 192×192 full colour; outline.png is 32×32, white on transparent, as Teams
// requires. Run `node manifest/icons.mjs` to regenerate the checked-in files.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size×size×4) → PNG bytes. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage (0..1) of the glyph at a point in unit coordinates: a lens ring and a handle. */
function glyph(x, y, weight) {
  const cx = 0.42, cy = 0.42, r = 0.24;
  const d = Math.hypot(x - cx, y - cy);
  const ring = Math.abs(d - r) < weight ? 1 : 0;
  // Handle: a thick segment from the lens edge towards the lower right.
  const t = ((x - 0.59) + (y - 0.59)) / 2;
  const along = Math.min(Math.max(t, 0), 0.2);
  const px = 0.59 + along, py = 0.59 + along;
  const handle = Math.hypot(x - px, y - py) < weight * 1.4 ? 1 : 0;
  // A check mark inside the lens: the "verified certificate".
  const onCheck = (ax, ay, bx, by) => {
    const vx = bx - ax, vy = by - ay;
    const u = Math.min(Math.max(((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy), 0), 1);
    return Math.hypot(x - (ax + u * vx), y - (ay + u * vy)) < weight * 0.8;
  };
  const check = onCheck(0.31, 0.43, 0.39, 0.51) || onCheck(0.39, 0.51, 0.54, 0.34) ? 1 : 0;
  return Math.max(ring, handle, check);
}

/** Renders with 4×4 supersampling so the edges are smooth. */
export function drawIcon(size, { background, foreground, weight }) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) cover += glyph((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size, weight);
      cover /= 16;
      const i = (y * size + x) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) px[i + c] = Math.round(background[c] * (1 - cover) + foreground[c] * cover);
        px[i + 3] = 255;
      } else {
        for (let c = 0; c < 3; c++) px[i + c] = foreground[c];
        px[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return encodePng(size, px);
}

export function colorIcon() {
  return drawIcon(192, { background: [0x46, 0x4e, 0xb8], foreground: [255, 255, 255], weight: 0.045 });
}

export function outlineIcon() {
  return drawIcon(32, { background: undefined, foreground: [255, 255, 255], weight: 0.06 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(here, 'color.png'), colorIcon());
  writeFileSync(join(here, 'outline.png'), outlineIcon());
  process.stdout.write('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)\n');
}
