/**
 * The search index, built while the pages render. Pagefind runs as a separate process, so each
 * page handed to it as soon as Astro renders it (by the middleware in `search-tap.ts`) is parsed
 * on the second core while the next pages render; when the build is done only the index files
 * are left to write. Reading every page back from disk afterwards took 2-3 s at 1,000 pages.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close, type PagefindIndex } from 'pagefind';

/** How the middleware finds the indexer: one per build, on the process's global object. */
const CHANNEL = Symbol.for('handbook.search-index');

/** Pagefind's ready-made interfaces, which the handbook does not use (it drives the JS API). */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

export interface PageSink {
  /** Takes a rendered page: its path under the base (such as `/roles/x/`) and its HTML. */
  add(pathname: string, html: string): void;
}

/** The middleware's side: the indexer of the build in progress, if there is one. */
export const pageSink = (): PageSink | undefined => (globalThis as Record<symbol, PageSink | undefined>)[CHANNEL];

/**
 * The file a page is written to, relative to the output folder (`format: 'directory'`), from its
 * address as a request sees it (percent-encoded).
 */
export function sourcePath(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\/+|\/+$/g, '');
  if (path === '404' || path === '500') return `${path}.html`;
  return path ? `${path}/index.html` : 'index.html';
}

/**
 * Compares the pages in the output (`written`, URL paths of HTML files such as
 * `/handbook/roles/x/index.html`) with the files the index took (`indexed`, relative to the output
 * folder). Every page but the redirect pages written after rendering must have gone through the
 * index under the name it was written to: a page the index missed, or knew by another name, would
 * be unfindable or found at a wrong address. Returns the problem, or undefined.
 */
export function indexMismatch(written: string[], base: string, indexed: string[], redirects: string[]): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const known = new Set([...indexed, ...redirects.map((r) => sourcePath(r.replace(/index\.html$/, '')))]);
  const files = new Set(written.map((path) => path.slice(prefix.length)));
  const missed = [...files].filter((file) => !known.has(file));
  const unknown = indexed.filter((file) => !files.has(file));
  if (missed.length === 0 && unknown.length === 0) return undefined;
  return `The search index does not match the pages written:${missed.length ? `\n  not indexed: ${missed.slice(0, 20).join(', ')}` : ''}${
    unknown.length ? `\n  indexed under a file name that was not written: ${unknown.slice(0, 20).join(', ')}` : ''
  }`;
}

export class SearchIndexer implements PageSink {
  private readonly index: Promise<PagefindIndex>;
  private readonly added: Promise<{ file: string; errors: string[] }>[] = [];

  /** Starts Pagefind and opens the channel the middleware feeds. */
  constructor() {
    this.index = createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Search indexing could not start: ${errors.join('; ')}`);
      return index;
    });
    // A failure to start surfaces when the build finishes the index.
    this.index.catch(() => undefined);
    (globalThis as Record<symbol, PageSink | undefined>)[CHANNEL] = this;
  }

  add(pathname: string, html: string): void {
    const file = sourcePath(pathname);
    this.added.push(this.index.then((index) => index.addHTMLFile({ sourcePath: file, content: html })).then(({ errors }) => ({ file, errors })));
  }

  /** The output files of the pages indexed so far. */
  async files(): Promise<string[]> {
    return (await Promise.all(this.added)).map((a) => a.file);
  }

  /**
   * Writes the index into `<outDir>/pagefind`. Any page that failed to index fails the build.
   * Returns the number of pages indexed.
   */
  async finish(outDir: string): Promise<number> {
    const index = await this.index;
    const results = await Promise.all(this.added);
    const failed = results.filter((r) => r.errors.length);
    if (failed.length) throw new Error(`Search indexing failed:\n${failed.map((r) => `${r.file}: ${r.errors.join('; ')}`).join('\n')}`);
    if (results.length === 0) throw new Error('Search indexing found no pages to index');
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Writing the search index failed: ${written.errors.join('; ')}`);
    for (const name of readdirSync(join(outDir, 'pagefind'))) {
      if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(outDir, 'pagefind', name));
    }
    return results.length;
  }

  /** Closes the channel and Pagefind; safe to call more than once. */
  async close(): Promise<void> {
    delete (globalThis as Record<symbol, PageSink | undefined>)[CHANNEL];
    await close();
  }
}
