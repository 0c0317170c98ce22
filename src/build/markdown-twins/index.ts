/**
 * The Markdown twins: every content page's content as Markdown at its address plus
 * `index.html.md` (`/roles/ai-engineer/index.html.md`), and `/llms-full.txt`, every twin
 * `/llms.txt` links, in its order, in one file. A page asks for its twin with
 * `<link rel="alternate" type="text/markdown">` (the `markdown` prop of src/layouts/Base.astro);
 * the twin is made from the built page itself (convert.ts), so it holds what the page holds.
 * Runs before the site check, which then finds every twin a page links to or copies from.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageMarkdown, type PageMarkdown } from './convert.ts';

/** The twin's file name beside a page's `index.html`. */
export const TWIN_FILE = 'index.html.md';

export function markdownTwins(options: { siteName: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:markdown-twins',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { twins, fullBytes } = writeMarkdownTwins(fileURLToPath(dir), { base, siteName: options.siteName });
        logger.info(`${twins} Markdown twins and llms-full.txt (${Math.round(fullBytes / 1024)} KB) written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** The URL path, base included, of the file at `file` inside `outDir`. */
const urlPathOf = (outDir: string, file: string, base: string) => `${base.replace(/\/?$/, '/')}${relative(outDir, file).split(sep).join('/')}`;

/**
 * Writes each page's twin beside it and `llms-full.txt` at the top of `outDir`. Throws, naming
 * the page, when a page declares its twin at an address other than its own, and when
 * `llms.txt` links a twin no page declares.
 */
export function writeMarkdownTwins(outDir: string, options: { base: string; siteName: string }): { twins: number; fullBytes: number } {
  const footer = (url: string) => `From ${options.siteName}: <${url}>`;
  const byUrl = new Map<string, PageMarkdown>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('type="text/markdown"')) continue;
    let page: PageMarkdown | undefined;
    try {
      page = pageMarkdown(html, footer);
    } catch (error) {
      throw new Error(`Markdown twin of ${urlPathOf(outDir, file, options.base)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!page) continue;
    const expected = urlPathOf(outDir, join(entry.parentPath, TWIN_FILE), options.base);
    if (page.twinPath !== expected) throw new Error(`${urlPathOf(outDir, file, options.base)} declares its Markdown twin at "${page.twinPath}"; a twin lives beside its page, at "${expected}"`);
    writeFileSync(join(entry.parentPath, TWIN_FILE), page.markdown);
    byUrl.set(new URL(page.twinPath, page.url).href, page);
  }
  const full = llmsFull(readFileSync(join(outDir, 'llms.txt'), 'utf8'), byUrl);
  writeFileSync(join(outDir, 'llms-full.txt'), full);
  return { twins: byUrl.size, fullBytes: Buffer.byteLength(full) };
}

/**
 * `llms-full.txt`: the title and summary of `llms.txt`, then every twin it links, in its order,
 * each once, between rules.
 */
export function llmsFull(llmsTxt: string, twins: ReadonlyMap<string, PageMarkdown>): string {
  const summaryEnd = llmsTxt.search(/^> .*$/m);
  if (!llmsTxt.startsWith('# ') || summaryEnd === -1) throw new Error('llms.txt does not start with "# name" and a "> summary" line, which llms-full.txt repeats');
  const head = llmsTxt.slice(0, llmsTxt.indexOf('\n', summaryEnd) + 1 || undefined).trim();
  const pages: PageMarkdown[] = [];
  const seen = new Set<string>();
  for (const [, url] of llmsTxt.matchAll(/\]\((\S+?)\)/g)) {
    if (!url!.endsWith(`/${TWIN_FILE}`) || seen.has(url!)) continue;
    const twin = twins.get(url!);
    if (!twin) throw new Error(`llms.txt links ${url}, but no page declares that Markdown twin (the page needs the markdown prop of Base.astro)`);
    seen.add(url!);
    pages.push(twin);
  }
  const note = 'Every page that llms.txt lists, in its order, as Markdown. Each page ends with its address.';
  return `${head}\n\n${note}\n\n${pages.map((p) => `---\n\n${p.markdown}`).join('\n')}`;
}
