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
  /** Called as a page starts rendering; returns its place in the order pages reach the index. */
  reserve(): number;
  /**
   * Called when the page at a place is rendered, with its path under the base (such as
   * `/roles/x/`) and its HTML, or with nothing for a response that is not a page.
   */
  settle(place: number, page?: { pathname: string; html: string }): void;
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
 * `/handbook/roles/x/index.html`) with the files the index took (`indexed`) and the redirect
 * pages (`redirects`), both relative to the output folder. Every page but the redirect pages written after rendering must have gone through the
 * index under the name it was written to: a page the index missed, or knew by another name, would
 * be unfindable or found at a wrong address. Returns the problem, or undefined.
 */
export function indexMismatch(written: string[], base: string, indexed: string[], redirects: string[]): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const known = new Set([...indexed, ...redirects]);
  const files = new Set(written.map((path) => path.slice(prefix.length)));
  const missed = [...files].filter((file) => !known.has(file));
  const unknown = indexed.filter((file) => !files.has(file));
  if (missed.length === 0 && unknown.length === 0) return undefined;
  return `The search index does not match the pages written:${missed.length ? `\n  not indexed: ${missed.slice(0, 20).join(', ')}` : ''}${
    unknown.length ? `\n  indexed under a file name that was not written: ${unknown.slice(0, 20).join(', ')}` : ''
  }`;
}

type Added = { file: string; errors: string[] };

export class SearchIndexer implements PageSink {
  private readonly index: Promise<PagefindIndex>;
  /** The index once Pagefind has started, so writing can be asked for without waiting. */
  private ready: PagefindIndex | undefined;
  private readonly added: Promise<Added>[] = [];
  /** Pages rendered out of turn, by place, until the pages before them arrive. */
  private readonly waiting = new Map<number, { pathname: string; html: string } | undefined>();
  private places = 0;
  private nextPlace = 0;
  private closed = false;

  /** Starts Pagefind and opens the channel the middleware feeds. */
  constructor() {
    this.index = createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Search indexing could not start: ${errors.join('; ')}`);
      this.ready = index;
      return index;
    });
    // A failure to start is reported for each page, and fails the build when the index is finished.
    this.index.catch(() => undefined);
    (globalThis as Record<symbol, PageSink | undefined>)[CHANNEL] = this;
  }

  reserve(): number {
    return this.places++;
  }

  /**
   * Pages reach Pagefind in the order they started rendering, whatever order they finish in:
   * Pagefind numbers pages as they arrive, so another order would write different index chunks
   * for the same site and defeat the caching of its largest files. (Its small filter and meta
   * files differ from one run to the next whatever the order, as they do from its own CLI.)
   */
  settle(place: number, page?: { pathname: string; html: string }): void {
    this.waiting.set(place, page);
    while (this.waiting.has(this.nextPlace)) {
      const next = this.waiting.get(this.nextPlace);
      this.waiting.delete(this.nextPlace++);
      if (next) this.add(next);
    }
  }

  private add({ pathname, html }: { pathname: string; html: string }): void {
    const file = sourcePath(pathname);
    this.added.push(
      this.index
        .then((index) => index.addHTMLFile({ sourcePath: file, content: html }))
        .then(
          ({ errors }) => ({ file, errors }),
          (error: unknown) => ({ file, errors: [error instanceof Error ? error.message : String(error)] }),
        ),
    );
  }

  /** The output files of the pages indexed, once Pagefind has taken every page rendered. */
  async files(): Promise<string[]> {
    if (this.nextPlace !== this.places) throw new Error(`${this.places - this.nextPlace} rendered pages never reached the search index`);
    return (await Promise.all(this.added)).map((a) => a.file);
  }

  /**
   * Writes the index into `<outDir>/pagefind`; call it once `files()` has settled. The request goes to Pagefind before this returns,
   * so it writes while the caller goes on. Any page that failed to index fails the build.
   * Resolves to the number of pages indexed.
   */
  finish(outDir: string): Promise<number> {
    if (this.closed) return Promise.reject(new Error('The search index was closed before it was written'));
    const written = this.ready?.writeFiles({ outputPath: join(outDir, 'pagefind') });
    written?.catch(() => undefined); // reported below, after any page's own failure
    return (async () => {
      const results = await Promise.all(this.added);
      const failed = results.filter((r) => r.errors.length);
      if (failed.length) {
        const lines = failed.slice(0, 20).map((r) => `${r.file}: ${r.errors.join('; ')}`);
        if (failed.length > 20) lines.push(`... and ${failed.length - 20} more`);
        throw new Error(`Search indexing failed for ${failed.length} page${failed.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
      }
      if (results.length === 0 || !written) throw new Error('Search indexing found no pages to index');
      const { errors } = await written;
      if (errors.length) throw new Error(`Writing the search index failed: ${errors.join('; ')}`);
      for (const name of readdirSync(join(outDir, 'pagefind'))) {
        if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(outDir, 'pagefind', name));
      }
      return results.length;
    })();
  }

  /** Closes the channel and Pagefind; safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    delete (globalThis as Record<symbol, PageSink | undefined>)[CHANNEL];
    await close();
  }
}
