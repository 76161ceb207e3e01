// Draws the add-in's icons (assets/icon-*.png): an adult and a child, white on
// blue. Run once with `node scripts/icones.mjs`; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const FOND = [0x0b, 0x5c, 0xa8];
const FORME = [0xff, 0xff, 0xff];

/** Shapes in a 0..1 square: discs (heads) and rounded bodies. */
function dedans(x, y) {
  const disque = (cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  return (
    disque(0.38, 0.3, 0.11) ||
    (Math.abs(x - 0.38) <= 0.15 && y >= 0.45 && y <= 0.82 && (y >= 0.52 || disque(0.38, 0.6, 0.15))) ||
    disque(0.68, 0.5, 0.08) ||
    (Math.abs(x - 0.68) <= 0.11 && y >= 0.62 && y <= 0.82 && (y >= 0.68 || disque(0.68, 0.73, 0.11)))
  );
}

function png(taille) {
  const ech = 4;
  const lignes = [];
  for (let py = 0; py < taille; py++) {
    const ligne = [0];
    for (let px = 0; px < taille; px++) {
      let couvert = 0;
      for (let sy = 0; sy < ech; sy++)
        for (let sx = 0; sx < ech; sx++) if (dedans((px + (sx + 0.5) / ech) / taille, (py + (sy + 0.5) / ech) / taille)) couvert++;
      const a = couvert / (ech * ech);
      for (let c = 0; c < 3; c++) ligne.push(Math.round(FOND[c] * (1 - a) + FORME[c] * a));
      ligne.push(255);
    }
    lignes.push(Buffer.from(ligne));
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const bloc = (type, data) => {
    const t = Buffer.from(type);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(Buffer.concat([t, data])));
    return Buffer.concat([len, t, data, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(taille, 0);
  ihdr.writeUInt32BE(taille, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bloc("IHDR", ihdr),
    bloc("IDAT", deflateSync(Buffer.concat(lignes))),
    bloc("IEND", Buffer.alloc(0)),
  ]);
}

for (const taille of [16, 32, 64, 80]) writeFileSync(new URL(`../assets/icon-${taille}.png`, import.meta.url), png(taille));
