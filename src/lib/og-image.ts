/**
 * Open Graph cards: a 1200×630 PNG per role, drawn from its frontmatter at build time with
 * resvg (its WebAssembly build) and a font shipped in node_modules (DejaVu Sans), so no network
 * and no system font is needed and every machine draws the same picture.
 *
 * The WebAssembly build is used because its memory is freed explicitly: the native
 * @resvg/resvg-js 2.6 kept about 3 MB per drawing, so 1,000 roles took 3 GB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { pngFile } from './png.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: Uint8Array[] | undefined;

/** Loads the renderer and the fonts once per process. */
async function ready(): Promise<Uint8Array[]> {
  if (!fonts) {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => readFileSync(join(FONT_DIR, f)));
  }
  return fonts;
}

/** The card's colours: the dark theme's background, text and softer text. */
const BACKGROUND = '#14161a';
const TEXT = '#e7e9ec';
const SOFT = '#b3b9c2';
const WIDTH = 1200;
const HEIGHT = 630;
/** The accent bar along the left edge, in pixels. */
const BAR = 18;
/** Shades of each text colour between background and full colour. */
const SHADES = 7;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into at most `lines` lines of about `width` characters, with an ellipsis if cut. */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.replace(/[\s,.;:]+\S*$/, '')}…`;
    return kept;
  }
  return out;
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

/**
 * The card's words as SVG on a transparent canvas; exported so tests can read what it says.
 * The background and the accent bar are painted while encoding, which halves the drawing time.
 */
export function cardSvg(card: Card, placed = layout(card)): string {
  const { eyebrowY, titleSize, titleY, title } = placed;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<text x="80" y="${eyebrowY}" font-family="DejaVu Sans" font-size="32" fill="${SOFT}">${escape(card.eyebrow)}</text>
${title.map((l, i) => `<text x="80" y="${titleY + i * titleSize * 1.1}" font-family="DejaVu Sans" font-weight="bold" font-size="${titleSize}" fill="${TEXT}">${escape(l)}</text>`).join('\n')}
</svg>`;
}

/** Where the words go: a long title gets a smaller size and up to three lines, and the block stays centred. */
function layout(card: Card) {
  // DejaVu Sans Bold averages about 0.6 em a character; the text area is 1,060 pixels wide.
  const titleSize = card.title.length > 19 ? 64 : 92;
  const title = wrap(card.title, titleSize === 92 ? 19 : 25, 3);
  const titleY = 360 - (title.length - 1) * 40;
  const eyebrowY = titleY - titleSize - 30;
  // Rows above the title's capitals hold only the eyebrow, drawn in the softer colour.
  return { titleSize, title, titleY, eyebrowY, softRows: eyebrowY + 12 };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * Paints the card from the drawn words' coverage (alpha) as a 16-colour PNG: background, seven
 * shades of the text colour, seven of the softer eyebrow colour, and the accent bar. A card has
 * no other colours, so nothing visible is lost, and the file is a quarter of a full-colour one.
 * Words in the first `softRows` rows (the eyebrow) take the softer colour.
 */
export function encodeCard(width: number, height: number, rgba: Uint8Array, accent: string, softRows = 0): Buffer {
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
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    const base = y < softRows ? 1 + SHADES : 1;
    for (let x = 0; x < width; x++) {
      let index = 0;
      if (x < BAR) index = 15;
      else {
        const alpha = rgba[(y * width + x) * 4 + 3]!;
        if (alpha === 0) continue;
        index = base + Math.max(1, Math.round((alpha / 255) * SHADES)) - 1;
      }
      raw[row + (x >> 1)]! |= x & 1 ? index : index << 4;
    }
  }
  return pngFile(width, height, 4, 3, raw, 3, palette);
}

/** The card as PNG bytes. */
export async function cardPng(card: Card): Promise<Buffer> {
  const fontBuffers = await ready();
  const placed = layout(card);
  const resvg = new Resvg(cardSvg(card, placed), { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
  const image = resvg.render();
  try {
    return encodeCard(image.width, image.height, image.pixels, card.accent, placed.softRows);
  } finally {
    image.free();
    resvg.free();
  }
}
