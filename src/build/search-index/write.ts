/**
 * The search index of a built site, written after Astro has exited (see scripts/build.ts) by
 * Pagefind's program reading the output folder. Run apart, the two
 * processes never hold memory at once; at 1,000 role pages Astro peaks at about 650 MB and
 * Pagefind at about 250 MB. Handing Pagefind each page while Astro rendered it was measured no
 * faster on two cores, as both compete for them.
 */
import { spawnSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { join, relative, sep } from 'node:path';
import { isSearchable } from '../site-check/link-check.ts';

/** Pagefind's ready-made interfaces, which the handbook does not use (it drives Pagefind's browser API). */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** The pages under `dir` marked for search. */
export const countSearchable = (dir: string) => htmlFiles(dir).filter((file) => isSearchable(readFileSync(join(dir, file), 'utf8'))).length;

/** Every HTML file under `dir`, relative to it with forward slashes, in code-point order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Why an index of `indexed` pages does not hold the `searchable` ones, or undefined if it does. */
export function indexMismatch(searchable: number, indexed: number): string | undefined {
  if (indexed === searchable) return undefined;
  return `The search index holds ${indexed} page${indexed === 1 ? '' : 's'}, but ${searchable} page${searchable === 1 ? ' is' : 's are'} marked for search (data-pagefind-body)`;
}

/**
 * Pagefind's command-line program, as its npm package installs it for this platform (the package
 * resolves it the same way); PAGEFIND_BINARY_PATH overrides it.
 */
export function pagefindBinary(): string {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // Not installed under this name; try the next.
    }
  }
  throw new Error(`Pagefind has no program for ${platform}-${arch()} installed (npm install installs it with the pagefind package)`);
}

/**
 * Writes `<dir>/pagefind`; fails naming what went wrong. Returns the number of pages indexed.
 * Pagefind's own program reads the folder on every core: at 1,000 pages it took 5.2 s where its
 * Node API took 8-9 s for the same work, and 13-14 s when handed the pages one by one.
 * `counted` is the number of pages marked for search as the build's hook counted them when it
 * read every page for its link check, which spares reading them all again here (0.2 to 0.4 s at
 * 1,000 pages). Pages another integration wrote after that hook would be missing from it, so
 * where it disagrees with Pagefind the pages are counted here before that is called a failure.
 */
export function writeSearchIndex(dir: string, counted?: number): number {
  // A count of 0 handed over is made again here before the site is refused for it.
  const handed = counted !== undefined && counted > 0;
  let searchable = handed ? counted : countSearchable(dir);
  // Without any mark, Pagefind would index every page whole, navigation included.
  if (searchable === 0) throw new Error(`No page under ${dir} is marked for search (data-pagefind-body): is it a built handbook?`);
  const run = spawnSync(pagefindBinary(), ['--site', dir, '--output-subdir', 'pagefind'], { encoding: 'utf8' });
  if (run.error) throw new Error(`Pagefind could not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`Pagefind failed (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (indexed !== searchable && handed) searchable = countSearchable(dir);
  const mismatch = indexMismatch(searchable, indexed);
  if (mismatch) throw new Error(mismatch);
  for (const name of readdirSync(join(dir, 'pagefind'))) {
    if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(dir, 'pagefind', name));
  }
  minifyPagefind(join(dir, 'pagefind', 'pagefind.js'));
  return searchable;
}

/** Writes the index as writeSearchIndex does, with its failure named as the search index's; returns what the log says. */
export function indexSite(dir: string, counted?: number): string {
  const started = performance.now();
  let pages: number;
  try {
    pages = writeSearchIndex(dir, counted);
  } catch (error) {
    throw new Error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  }
  return `search index: ${pages} pages, written in ${Math.round(performance.now() - started)} ms`;
}

/**
 * Pagefind ships its browser script with whitespace removed but names kept; minified, it is
 * 12.8 KB gzip down to 11.1 KB, on every reader's first search.
 */
export function minifyPagefind(file: string): void {
  const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  writeFileSync(file, code);
}
