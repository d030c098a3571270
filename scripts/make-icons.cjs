#!/usr/bin/env node
// Draws the add-in icons (a white shield with a check mark on Fluent blue) as PNG files in
// assets/: 16, 32, 64, 80 and 128 px, the sizes the manifests reference. Run: node scripts/make-icons.cjs
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BLUE = [0x0f, 0x6c, 0xbd];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function roundedSquare(u, v) {
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function shield(u, v) {
  if (v < 0.16 || v > 0.88) return false;
  const half = v < 0.55 ? 0.3 : 0.3 * (1 - (v - 0.55) / 0.33) ** 0.8;
  return Math.abs(u - 0.5) <= half && !(v < 0.2 && Math.abs(u - 0.5) > 0.3 - (0.2 - v) * 2);
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function check(u, v) {
  return Math.min(segmentDistance(u, v, 0.35, 0.5, 0.46, 0.62), segmentDistance(u, v, 0.46, 0.62, 0.67, 0.36)) < 0.055;
}

function icon(size) {
  const ss = 4;
  return png(size, (x, y) => {
    let bg = 0;
    let white = 0;
    for (let i = 0; i < ss; i++) {
      for (let j = 0; j < ss; j++) {
        const u = (x + (i + 0.5) / ss) / size;
        const v = (y + (j + 0.5) / ss) / size;
        if (!roundedSquare(u, v)) continue;
        bg++;
        if (shield(u, v) && !check(u, v)) white++;
      }
    }
    const n = ss * ss;
    if (bg === 0) return [0, 0, 0, 0];
    const w = white / bg;
    return [Math.round(BLUE[0] * (1 - w) + 255 * w), Math.round(BLUE[1] * (1 - w) + 255 * w), Math.round(BLUE[2] * (1 - w) + 255 * w), Math.round((255 * bg) / n)];
  });
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(__dirname, "..", "assets", `icon-${size}.png`);
  fs.writeFileSync(file, icon(size));
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
