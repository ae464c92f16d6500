/**
 * Draws the toolbar icons (a white lens on a blue rounded square) into public/icon/<size>.png, where WXT
 * finds them by name. Node built-ins only, so it runs anywhere: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE = [31, 95, 191];
const WHITE = [255, 255, 255];
// Each pixel is sampled on a SUPERSAMPLE x SUPERSAMPLE grid so edges are anti-aliased.
const SUPERSAMPLE = 4;

/** Which colour, if any, covers the point (x, y) of a unit square. */
function colourAt(x, y) {
  const radius = 0.16;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return null;
  const ring = Math.hypot(x - 0.44, y - 0.44);
  if (ring > 0.17 && ring < 0.27) return WHITE;
  // The handle runs diagonally from the ring's edge towards the bottom-right corner.
  const along = (x + y - 0.88) / Math.SQRT2;
  const across = Math.abs(x - y) / Math.SQRT2;
  if (along > 0.17 && along < 0.5 && across < 0.06) return WHITE;
  return BLUE;
}

/** RGBA rows, each prefixed with PNG filter byte 0 (none). */
function drawIcon(size) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
          );
          if (!colour) continue;
          colour.forEach((channel, i) => (sum[i] += channel));
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const pixel = row + 1 + px * 4;
      // Colour channels are averaged over covered samples only; alpha carries the coverage.
      for (let i = 0; i < 3; i++) rows[pixel + i] = covered ? Math.round(sum[i] / covered) : 0;
      rows[pixel + 3] = Math.round(sum[3] / SUPERSAMPLE ** 2);
    }
  }
  return rows;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  // Bit depth 8, colour type 6 (RGBA), default compression, filter and interlace.
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`${size}.png`, outDir), encodePng(size, drawIcon(size)));
}
console.log(`Wrote ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
