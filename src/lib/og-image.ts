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
import { encodeShadedPng } from './png.ts';

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

/** The card's colours: the dark theme's background and text. */
const BACKGROUND = '#14161a';
const TEXT = '#e7e9ec';

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

export interface Card {
  title: string;
  eyebrow: string;
  summary: string;
  accent: string;
}

/** The card as SVG; exported so tests can read what it says. */
export function cardSvg(card: Card): string {
  const titleSize = card.title.length > 28 ? 64 : 84;
  const title = wrap(card.title, titleSize === 84 ? 22 : 30, 2);
  const summary = wrap(card.summary, 52, 3);
  const titleY = 250;
  const summaryY = titleY + (title.length - 1) * titleSize * 1.1 + 90;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${BACKGROUND}"/>
<rect width="18" height="630" fill="${escape(card.accent)}"/>
<text x="80" y="120" font-family="DejaVu Sans" font-size="30" fill="#b3b9c2">${escape(card.eyebrow)}</text>
${title.map((l, i) => `<text x="80" y="${titleY + i * titleSize * 1.1}" font-family="DejaVu Sans" font-weight="bold" font-size="${titleSize}" fill="${TEXT}">${escape(l)}</text>`).join('\n')}
${summary.map((l, i) => `<text x="80" y="${summaryY + i * 50}" font-family="DejaVu Sans" font-size="34" fill="${TEXT}">${escape(l)}</text>`).join('\n')}
</svg>`;
}

/** The card as PNG bytes. */
export async function cardPng(card: Card): Promise<Buffer> {
  const fontBuffers = await ready();
  const resvg = new Resvg(cardSvg(card), { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
  const image = resvg.render();
  try {
    return encodeShadedPng(image.width, image.height, image.pixels, { background: BACKGROUND, text: TEXT, accent: card.accent });
  } finally {
    image.free();
    resvg.free();
  }
}
