import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, check]);
}

/** A whole PNG file: signature, header, optional palette, compressed rows, end. */
function pngFile(width: number, height: number, bitDepth: number, colourType: number, rows: Buffer, level: number, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = bitDepth;
  header[9] = colourType;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Encodes RGBA pixels as a PNG with Node's own zlib, which is several times faster than the
 * encoder compiled into resvg's WebAssembly build; social cards are mostly flat colour, so a
 * light compression level costs little in size.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, level = 3): Buffer {
  const stride = width * 4;
  if (rgba.byteLength !== stride * height) throw new Error(`expected ${stride * height} bytes of RGBA, got ${rgba.byteLength}`);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  // Each row starts with its filter type; 0 means none.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return pngFile(width, height, 8, 6, raw, level); // 8 bits per channel, RGBA
}

/**
 * Encodes an image made of one background colour, shades of one text colour over it and solid
 * spots of one accent colour (a social card) as a 16-colour PNG: a quarter of the bytes of
 * the full-colour image, and faster to compress. Each pixel takes the shade nearest its
 * brightness between background and text, or the accent where it is the accent.
 */
export function encodeShadedPng(
  width: number,
  height: number,
  rgba: Uint8Array,
  colours: { background: string; text: string; accent: string },
  level = 3,
): Buffer {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const bg = rgb(colours.background);
  const fg = rgb(colours.text);
  const accent = rgb(colours.accent);
  const shades = 15;
  const palette = Buffer.alloc(16 * 3);
  for (let i = 0; i < shades; i++) {
    for (let c = 0; c < 3; c++) palette[i * 3 + c] = Math.round(bg[c]! + ((fg[c]! - bg[c]!) * i) / (shades - 1));
  }
  palette.set(accent, shades * 3);
  const light = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const from = light(...bg);
  const span = light(...fg) - from || 1;
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  // Whole pixels are compared as 32-bit words: most of a card is background, index 0, already in place.
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const backgroundWord = new Uint32Array(new Uint8Array([bg[0], bg[1], bg[2], 255]).buffer)[0]!;
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (words[i] === backgroundWord) continue;
      const p = i * 4;
      const r = rgba[p]!;
      const g = rgba[p + 1]!;
      const b = rgba[p + 2]!;
      let index: number;
      if (Math.abs(r - accent[0]) + Math.abs(g - accent[1]) + Math.abs(b - accent[2]) < 12) index = shades;
      else index = Math.min(shades - 1, Math.max(0, Math.round(((light(r, g, b) - from) / span) * (shades - 1))));
      raw[row + (x >> 1)]! |= x & 1 ? index : index << 4;
    }
  }
  return pngFile(width, height, 4, 3, raw, level, palette); // 4 bits per pixel, palette
}
