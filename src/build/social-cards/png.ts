import { crc32, deflateRawSync, constants, type ZlibOptions } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, check]);
}

/** A whole PNG file: signature, header, optional palette, the rows already zlib-compressed (see zlibStream), end. */
export function pngFile(width: number, height: number, bitDepth: number, colourType: number, compressedRows: Buffer, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = bitDepth;
  header[9] = colourType;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', compressedRows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Adler-32's modulus: the largest prime below 2^16. */
const ADLER_BASE = 65521;

/** The Adler-32 checksum a zlib stream ends with (RFC 1950), continued from `start` (a checksum of what came before). */
export function adler32(data: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < data.length; ) {
    // 5,552 bytes is the most that can be summed before b could pass 2^32 (zlib's NMAX).
    const end = Math.min(data.length, i + 5552);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces joined, from each piece's sum and the second's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let a = (first & 0xffff) + (second & 0xffff) + ADLER_BASE - 1;
  let b = ((rem * (first & 0xffff)) % ADLER_BASE) + (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  a %= ADLER_BASE;
  b %= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of `count` copies of a piece, from the piece's sum and length, in O(log count) steps. */
export function adler32Repeat(sum: number, length: number, count: number): number {
  let result = 1;
  let resultLength = 0;
  let power = sum;
  let powerLength = length;
  for (let n = count; n > 0; n >>= 1) {
    if (n & 1) {
      result = adler32Combine(result, power, powerLength);
      resultLength += powerLength;
    }
    power = adler32Combine(power, power, powerLength);
    powerLength *= 2;
  }
  return resultLength === 0 ? 1 : result;
}

/** A part of zlibStream: its bytes, how to compress them, and optionally its checksum and a key. */
export interface StreamPart {
  data: Uint8Array;
  options: ZlibOptions;
  /** The part's Adler-32, if already known. */
  adler?: number;
  /**
   * Names these bytes and options: a part with a key is compressed once for each place it can
   * take (last or not) and its compressed form kept, so a band that recurs is not compressed
   * again. Parts with the same key must hold the same bytes.
   */
  key?: string;
}

const compressedParts = new Map<string, Buffer>();

/**
 * One zlib stream (RFC 1950) of the parts in order, each compressed with its own settings: a
 * picture's flat bands by run length, which takes a fraction of the time, and its detailed band
 * by a full search. Each part is a raw deflate run ended on a byte boundary (a sync flush), and
 * only the last is final; no part refers back into another. A part's checksum may be given (a
 * band of identical rows sums in a few steps with adler32Repeat).
 */
export function zlibStream(parts: readonly StreamPart[]): Buffer {
  const filled = parts.filter((p) => p.data.length > 0);
  const body = filled.map((p, i) => {
    const last = i === filled.length - 1;
    const key = p.key === undefined ? undefined : `${last ? 'last' : 'inner'} ${p.key}`;
    let compressed = key === undefined ? undefined : compressedParts.get(key);
    if (!compressed) {
      compressed = deflateRawSync(p.data, { ...p.options, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
      if (key !== undefined) compressedParts.set(key, compressed);
    }
    return compressed;
  });
  if (filled.length === 0) body.push(deflateRawSync(Buffer.alloc(0)));
  let sum = 1;
  for (const { data, adler } of filled) sum = adler === undefined ? adler32(data, sum) : adler32Combine(sum, adler, data.length);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(sum);
  // 0x78 0x01: deflate with a 32 KB window, no preset dictionary, the "fastest" level hint.
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...body, check]);
}
