// Draws Verder's neutral icon (a calm teal square with a forward chevron) as PNG files, with no
// image library: anti-aliased by 4×4 supersampling, encoded with node:zlib. Run: node scripts/makeIcons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const teal = [29, 92, 99];
const white = [255, 255, 255];

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Shape in unit coordinates (0..1). `scale` shrinks the chevron for maskable icons' safe zone.
function sample(x, y, { isRounded, scale }) {
  const c = 0.5;
  const ux = c + (x - c) / scale;
  const uy = c + (y - c) / scale;
  const isInChevron =
    distanceToSegment(ux, uy, 0.4, 0.27, 0.62, 0.5) < 0.075 || distanceToSegment(ux, uy, 0.62, 0.5, 0.4, 0.73) < 0.075;
  if (isRounded) {
    const r = 0.18;
    const qx = Math.max(Math.abs(x - c) - (c - r), 0);
    const qy = Math.max(Math.abs(y - c) - (c - r), 0);
    if (Math.hypot(qx, qy) > r) return null;
  }
  return isInChevron ? white : teal;
}

function crc32(buffer) {
  let crc = -1;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, options) {
  const n = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, options);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((255 * a) / (n * n));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, { isRounded: true, scale: 1 }));
writeFileSync(new URL('icon-512.png', out), png(512, { isRounded: true, scale: 1 }));
// Maskable: full bleed, chevron inside the central 80 % safe zone.
writeFileSync(new URL('icon-maskable-512.png', out), png(512, { isRounded: false, scale: 0.8 }));
// Apple draws its own rounded corners and shows transparency as black, so: full bleed.
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { isRounded: false, scale: 0.9 }));
