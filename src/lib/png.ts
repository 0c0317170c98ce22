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
export function pngFile(width: number, height: number, bitDepth: number, colourType: number, rows: Buffer, level: number, palette?: Buffer): Buffer {
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
