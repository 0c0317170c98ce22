/**
 * The Markdown twins: every content page's content as Markdown at its address plus
 * `index.html.md` (`/roles/ai-engineer/index.html.md`), and `/llms-full.txt`, every twin
 * `/llms.txt` links, in its order, in one file. A page asks for its twin with
 * `<link rel="alternate" type="text/markdown">` (the `markdown` prop of src/layouts/Base.astro);
 * the twin is made from the built page itself (convert.ts), so it holds what the page holds.
 * Runs before the link check, which then finds every twin a page links to or copies from; under
 * `npm run build`, both run once Astro has exited (../after-exit.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pageMarkdown, type PageMarkdown } from './convert.ts';
import { stepsAfterExit } from '../after-exit.ts';

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
      'astro:build:done': async ({ dir, logger }) => {
        // Under npm run build, written once Astro has exited (../after-exit.ts).
        if (stepsAfterExit()) return;
        const started = performance.now();
        logger.info(twinsWritten(await writeMarkdownTwins(fileURLToPath(dir), { base, siteName: options.siteName }), started));
      },
    },
  };
}

/** What the log says once the twins are written. */
export const twinsWritten = ({ twins, fullBytes }: { twins: number; fullBytes: number }, started: number) =>
  `${twins} Markdown twins and llms-full.txt (${Math.round(fullBytes / 1024)} KB) written in ${Math.round(performance.now() - started)} ms`;

/** The URL path, base included, of the file at `file` inside `outDir`. */
const urlPathOf = (outDir: string, file: string, base: string) => `${base.replace(/\/?$/, '/')}${relative(outDir, file).split(sep).join('/')}`;

export interface TwinOptions {
  base: string;
  siteName: string;
}

/**
 * Writes the twin of one built page beside it, if the page declares one, and returns it. Throws,
 * naming the page, when the page cannot have its twin or declares it at another address.
 */
export function writeTwinOf(outDir: string, file: string, options: TwinOptions): PageMarkdown | undefined {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('type="text/markdown"')) return undefined;
  const page = urlPathOf(outDir, file, options.base);
  let twin: PageMarkdown | undefined;
  try {
    twin = pageMarkdown(html, (url) => `From ${options.siteName}: <${url}>`);
  } catch (error) {
    throw new Error(`Markdown twin of ${page}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!twin) return undefined;
  const expected = urlPathOf(outDir, join(dirname(file), TWIN_FILE), options.base);
  if (twin.twinPath !== expected) throw new Error(`${page} declares its Markdown twin at "${twin.twinPath}"; a twin lives beside its page, at "${expected}"`);
  writeFileSync(join(dirname(file), TWIN_FILE), twin.markdown);
  return twin;
}

/** Below this many pages the twins are written here; above it, on one worker thread a core. */
const PAGES_FOR_WORKERS = 200;

/** Converts `files` on `count` worker threads, each taking every count-th file, in the files' order. */
async function twinsOnWorkers(outDir: string, files: string[], options: TwinOptions, count: number): Promise<(PageMarkdown | undefined)[]> {
  const shares = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { outDir, files: files.filter((_, j) => j % count === i), options } });
      return new Promise<(PageMarkdown | null)[]>((resolve, reject) => {
        worker.once('message', (answer: { twins: (PageMarkdown | null)[] } | { error: string }) => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer.twins)));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`Writing Markdown twins stopped with exit code ${code}`)));
      });
    }),
  );
  return files.map((_, j) => shares[j % count]![Math.floor(j / count)] ?? undefined);
}

/**
 * Writes each page's twin beside it and `llms-full.txt` at the top of `outDir`. Throws, naming
 * the page, when a page declares its twin at an address other than its own, and when
 * `llms.txt` links a twin no page declares. A large site is converted on a worker thread a core
 * (about 10 ms a page on one).
 */
export async function writeMarkdownTwins(outDir: string, options: TwinOptions, workers = availableParallelism(), pagesForWorkers = PAGES_FOR_WORKERS): Promise<{ twins: number; fullBytes: number }> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const count = Math.min(workers, Math.ceil(files.length / pagesForWorkers));
  const twins = count > 1 ? await twinsOnWorkers(outDir, files, options, count) : files.map((file) => writeTwinOf(outDir, file, options));
  const byUrl = new Map<string, PageMarkdown>();
  for (const twin of twins) if (twin) byUrl.set(new URL(twin.twinPath, twin.url).href, twin);
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
