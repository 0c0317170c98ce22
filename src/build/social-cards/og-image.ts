/**
 * Open Graph cards: a 1200×630 PNG per role, drawn from its frontmatter at build time with a
 * font shipped in node_modules (DejaVu Sans), so no network and no system font is needed and
 * every machine draws the same picture.
 *
 * Words are set with the font's own metrics (advance widths and kerning, read by opentype.js)
 * and painted from a cache of glyph images: each glyph, at each size and quarter-pixel offset,
 * is rasterised once by resvg (its WebAssembly build) and then copied into every card that uses
 * it. A card therefore costs a few copies and a PNG encode (about 2.5 ms, against 18 ms for
 * drawing its text from the outlines each time), and the picture matches resvg's own rendering
 * of the same text to within a grey level at glyph edges.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import opentype from 'opentype.js';
import { constants } from 'node:zlib';
import { adler32, adler32Repeat, pngFile, zlibStream } from './png.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const WIDTH = 1200;
const HEIGHT = 630;
/** The left margin of the words, and the widest a line may be. */
const LEFT = 80;
const MEASURE = WIDTH - 2 * LEFT;
/** The accent bar along the left edge, in pixels. */
const BAR = 18; // even, so the bar fills whole bytes of the 4-bit rows
/** The card's colours: the dark theme's background, text and softer text. */
const BACKGROUND = '#14161a';
const TEXT = '#e7e9ec';
const SOFT = '#b3b9c2';
/** Shades of each text colour between background and full colour. */
const SHADES = 7;
/** Glyphs are placed to a quarter of a pixel. */
const PHASES = 4;

/** The two weights a card uses. */
interface Faces {
  regular: opentype.Font;
  bold: opentype.Font;
}
let faces: Promise<Faces> | undefined;

/** Parses the fonts and starts the rasteriser, once per process. */
function ready(): Promise<Faces> {
  faces ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const load = (file: string) => {
      const bytes = readFileSync(join(FONT_DIR, file));
      // lowMemory parses each glyph when it is first asked for; a card needs a few dozen of 6,000.
      return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true });
    };
    return { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
  })();
  return faces;
}

/** A glyph at its pen position on the line, in pixels from the line's start. */
interface Placed {
  glyph: opentype.Glyph;
  x: number;
}

/**
 * The font's pair kerning for Latin script. DejaVu keeps its Latin pairs under the `latn` script;
 * its default script (`DFLT`) kerns no Latin pair at all, so asking for the default set every
 * "To" and "AV" loose. Looked up once per font.
 */
const kerningTables = new WeakMap<opentype.Font, opentype.KerningLookup[] | undefined>();
function kerningOf(font: opentype.Font): opentype.KerningLookup[] | undefined {
  if (!kerningTables.has(font)) {
    const latin = font.position.getKerningTables('latn');
    kerningTables.set(font, latin?.length ? latin : font.position.getKerningTables(font.position.getDefaultScriptName()));
  }
  return kerningTables.get(font);
}

/** Sets a line of text: each glyph's position from its advance and the kerning with the next. */
function setLine(font: opentype.Font, text: string, size: number): { glyphs: Placed[]; width: number } {
  const scale = size / font.unitsPerEm;
  const kerning = kerningOf(font);
  const glyphs = Array.from(text, (ch) => font.charToGlyph(ch));
  const placed: Placed[] = [];
  let x = 0;
  glyphs.forEach((glyph, i) => {
    placed.push({ glyph, x });
    x += (glyph.advanceWidth ?? 0) * scale;
    const next = glyphs[i + 1];
    if (next) x += (kerning ? font.position.getKerningValue(kerning, glyph.index, next.index) : font.getKerningValue(glyph, next)) * scale;
  });
  return { glyphs: placed, width: x };
}

/** How wide a line of text is set, in pixels. */
export async function lineWidth(text: string, size: number, { bold = false } = {}): Promise<number> {
  const faces = await ready();
  return setLine(bold ? faces.bold : faces.regular, text, size).width;
}

/**
 * Breaks text into at most `lines` lines that each `fit`, with an ellipsis if the text does not
 * fit. A single word wider than a line is kept whole.
 */
function wrap(text: string, fit: (line: string) => boolean, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = current ? `${current} ${word}` : word;
    if (current && !fit(longer)) {
      out.push(current);
      current = word;
    } else current = longer;
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = `${kept[lines - 1]}…`;
  while (!fit(last) && last.includes(' ')) last = `${last.slice(0, -1).replace(/[\s,.;:]*\S*$/, '')}…`;
  kept[lines - 1] = last;
  return kept;
}

/**
 * What a card shows: the role's title under an eyebrow naming the handbook and the family. The
 * summary is left to the page's `og:description`, which every link preview prints beside the
 * image; drawing it again doubled each card's size and drawing time.
 */
export interface Card {
  title: string;
  eyebrow: string;
  accent: string;
}

/** A line of the card: its words, weight, size and baseline. */
export interface CardLine {
  text: string;
  bold: boolean;
  size: number;
  baseline: number;
}

/**
 * Where the words go: a title that fits on one line is set large; a longer one smaller, on up to
 * three lines (cut with an ellipsis beyond), and the block stays centred. A word too wide for a
 * line even then sets the title smaller still. `softRows` is the number of rows from the top that
 * hold only the eyebrow, which is painted in the softer colour.
 */
export async function cardLayout(card: Card): Promise<{ lines: CardLine[]; softRows: number }> {
  const { regular, bold } = await ready();
  const fits = (size: number) => (line: string) => setLine(bold, line, size).width <= MEASURE;
  const wrapped = (size: number) => wrap(card.title, fits(size), 3);
  const titleSize = fits(92)(card.title) ? 92 : ([64, 52].find((size) => wrapped(size).every(fits(size))) ?? 40);
  const title = wrapped(titleSize);
  const titleY = 360 - (title.length - 1) * 40;
  const eyebrowY = titleY - titleSize - 30;
  const eyebrow = wrap(card.eyebrow, (line) => setLine(regular, line, 32).width <= MEASURE, 1)[0] ?? '';
  return {
    lines: [
      { text: eyebrow, bold: false, size: 32, baseline: eyebrowY },
      ...title.map((text, i) => ({ text, bold: true, size: titleSize, baseline: Math.round(titleY + i * titleSize * 1.1) })),
    ],
    softRows: eyebrowY + 12,
  };
}

/** A glyph's coverage (0-255) in a box `x0`, `y0` from its pen position on the baseline. */
interface GlyphImage {
  x0: number;
  y0: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}
const glyphImages = new Map<string, GlyphImage>();

/** Rasterises a glyph at a size and sub-pixel offset, once. */
function glyphImage(glyph: opentype.Glyph, bold: boolean, size: number, phase: number): GlyphImage {
  const key = `${bold ? 'b' : 'r'}${glyph.index}@${size}+${phase}`;
  let image = glyphImages.get(key);
  if (image) return image;
  const path = glyph.getPath(phase / PHASES, 0, size);
  const data = path.toPathData(3);
  const box = path.getBoundingBox();
  if (!data || !(box.x2 > box.x1)) {
    image = { x0: 0, y0: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  } else {
    // A pixel of margin on each side keeps the anti-aliased edge.
    const x0 = Math.floor(box.x1) - 1;
    const y0 = Math.floor(box.y1) - 1;
    const width = Math.ceil(box.x2) + 1 - x0;
    const height = Math.ceil(box.y2) + 1 - y0;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x0} ${y0} ${width} ${height}"><path d="${data}"/></svg>`;
    const resvg = new Resvg(svg);
    const rendered = resvg.render();
    try {
      const rgba = rendered.pixels;
      const alpha = new Uint8Array(width * height);
      for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
      image = { x0, y0, width, height, alpha };
    } finally {
      rendered.free();
      resvg.free();
    }
  }
  glyphImages.set(key, image);
  return image;
}

/**
 * Paints a line's glyphs into the coverage plane, blending where glyphs overlap, and widens
 * `ink` (rows from and to) and `cols` (columns from and to) to the pixels painted.
 */
function paintLine(coverage: Uint8Array, faces: Faces, line: CardLine, ink: [number, number], cols: [number, number]): void {
  for (const { glyph, x } of setLine(line.bold ? faces.bold : faces.regular, line.text, line.size).glyphs) {
    const quarter = Math.round((LEFT + x) * PHASES);
    const left = Math.floor(quarter / PHASES);
    const image = glyphImage(glyph, line.bold, line.size, quarter - left * PHASES);
    if (!image.height) continue;
    const top = line.baseline + image.y0;
    const x0 = left + image.x0;
    // Only the part of the glyph inside the card is painted.
    const rowFrom = Math.max(0, -top);
    const rowTo = Math.min(image.height, HEIGHT - top);
    const colFrom = Math.max(0, -x0);
    const colTo = Math.min(image.width, WIDTH - x0);
    if (rowFrom >= rowTo || colFrom >= colTo) continue;
    ink[0] = Math.min(ink[0], top + rowFrom);
    ink[1] = Math.max(ink[1], top + rowTo);
    cols[0] = Math.min(cols[0], x0 + colFrom);
    cols[1] = Math.max(cols[1], x0 + colTo);
    for (let row = rowFrom; row < rowTo; row++) {
      const from = row * image.width;
      const to = (top + row) * WIDTH + x0;
      for (let col = colFrom; col < colTo; col++) {
        const a = image.alpha[from + col]!;
        if (a === 0) continue;
        const b = coverage[to + col]!;
        // Where glyphs overlap, the two coverages combine as "over" does.
        coverage[to + col] = b === 0 ? a : a + b - ((a * b + 127) / 255 | 0);
      }
    }
  }
}

export interface EncodeOptions {
  /** The bar's colour. */
  accent: string;
  /** Words in this many rows from the top (the eyebrow) take the softer colour. */
  softRows?: number;
  /** The rows, from and to (exclusive), that hold any words; the others are background. */
  inkRows?: [number, number];
  /** The columns, from and to (exclusive), that hold any words; the others are background. */
  inkCols?: [number, number];
}

/** Palette index for each coverage value (0-255), in the text ramp and in the softer one. */
const shades = (first: number) => Uint8Array.from({ length: 256 }, (_, a) => (a === 0 ? 0 : first + Math.max(1, Math.round((a / 255) * SHADES)) - 1));
const TEXT_SHADES = shades(1);
const SOFT_SHADES = shades(1 + SHADES);

/**
 * Zeroed working memory, kept from card to card: allocating a megabyte per card left hundreds
 * of them waiting for the collector, and a worker's memory grew by about 90 MB over 1,000 cards.
 */
const buffers = new Map<string, Buffer>();
function scratch(use: 'coverage' | 'rows', bytes: number): Buffer {
  let buffer = buffers.get(use);
  if (buffer?.length !== bytes) buffers.set(use, (buffer = Buffer.alloc(bytes)));
  return buffer.fill(0);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * Paints the card from the words' coverage (one byte, 0-255, per pixel) as a 16-colour PNG:
 * background, seven shades of the text colour, seven of the softer eyebrow colour, and the
 * accent bar. A card has no other colours, so nothing visible is lost, and the file is a quarter
 * of a full-colour one.
 */
export function encodeCard(width: number, height: number, coverage: Uint8Array, options: EncodeOptions): Buffer {
  const { accent, softRows = 0, inkRows = [0, height], inkCols = [0, width] } = options;
  if (coverage.length !== width * height) throw new Error(`expected ${width * height} coverage bytes, got ${coverage.length}`);
  const bg = rgb(BACKGROUND);
  const palette = Buffer.alloc(16 * 3);
  const ramps = [rgb(TEXT), rgb(SOFT)];
  ramps.forEach((colour, r) => {
    for (let level = 1; level <= SHADES; level++) {
      for (let c = 0; c < 3; c++) palette[(1 + r * SHADES + level - 1) * 3 + c] = Math.round(bg[c]! + ((colour[c]! - bg[c]!) * level) / SHADES);
    }
  });
  palette.set(bg, 0);
  palette.set(rgb(accent), 15 * 3);
  // Rows are packed two pixels a byte; each starts with filter type 0 (none).
  const rowBytes = Math.ceil(width / 2);
  const stride = rowBytes + 1;
  const raw = scratch('rows', stride * height);
  const bar = BAR >> 1;
  const top = Math.max(0, Math.min(height, inkRows[0]));
  const bottom = Math.max(top, Math.min(height, inkRows[1]));
  // Pixel pairs are packed from the first even column of the words to their last.
  const first = Math.max(bar * 2, inkCols[0] & ~1);
  const last = Math.min(width, inkCols[1]);
  for (let y = 0; y < height; y++) {
    const row = y * stride + 1;
    for (let i = 0; i < bar; i++) raw[row + i] = 0xff;
    if (y < top || y >= bottom) continue;
    const lut = y < softRows ? SOFT_SHADES : TEXT_SHADES;
    const from = y * width;
    for (let x = first; x < last; x += 2) {
      const left = coverage[from + x]!;
      const right = x + 1 < width ? coverage[from + x + 1]! : 0;
      if (left | right) raw[row + (x >> 1)] = (lut[left]! << 4) | lut[right]!;
    }
  }
  // The rows above and below the words hold only the bar: run-length coding packs them as tightly
  // as a full search does, in a fraction of the time, and since such a band is the same on every
  // card of a size, each is packed once (the key) and kept. The words' rows take level 4, the first
  // with lazy matching (a fifth smaller than level 3).
  const flat = { strategy: constants.Z_RLE };
  // Those rows are all alike, so their checksum comes from one row's.
  const flatRow = top > 0 ? 0 : bottom;
  const rowSum = flatRow < height ? adler32(raw.subarray(flatRow * stride, (flatRow + 1) * stride)) : 1;
  const band = (from: number, to: number) => ({
    data: raw.subarray(from * stride, to * stride),
    options: flat,
    adler: adler32Repeat(rowSum, stride, to - from),
    key: `bar ${width}x${to - from}`,
  });
  const rows = zlibStream([band(0, top), { data: raw.subarray(top * stride, bottom * stride), options: { level: 4 } }, band(bottom, height)]);
  return pngFile(width, height, 4, 3, rows, palette);
}

/** The card as PNG bytes. */
export async function cardPng(card: Card): Promise<Buffer> {
  const faces = await ready();
  const { lines, softRows } = await cardLayout(card);
  const coverage = scratch('coverage', WIDTH * HEIGHT);
  const inkRows: [number, number] = [HEIGHT, 0];
  const inkCols: [number, number] = [WIDTH, 0];
  for (const line of lines) paintLine(coverage, faces, line, inkRows, inkCols);
  return encodeCard(WIDTH, HEIGHT, coverage, { accent: card.accent, softRows, inkRows, inkCols });
}
