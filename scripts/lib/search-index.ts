/**
 * The search index of a built site, written after Astro has exited (see scripts/build.sh):
 * Pagefind reads the pages from the output folder in its own process. Run apart, the two
 * processes never hold memory at once; at 1,000 role pages Astro peaks at about 750 MB and
 * Pagefind at about 250 MB. Handing Pagefind each page while Astro rendered it was measured no
 * faster on two cores, as both compete for them.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';

/** Pagefind's ready-made interfaces, which the handbook does not use (it drives the JS API). */
const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * The pages of a built site, relative to `dir`: every HTML file, and those marked for search
 * (`data-pagefind-body`). Pagefind reads them all and indexes only the marked ones; the others
 * (redirect pages, the search and 404 pages) stay out of the index.
 */
export function builtPages(dir: string): { all: string[]; searchable: string[] } {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  return { all, searchable: all.filter((file) => readFileSync(join(dir, file), 'utf8').includes('data-pagefind-body')) };
}

/** Why Pagefind's count of the pages it read differs from the pages written, or undefined if it does not. */
export function indexMismatch(written: number, read: number): string | undefined {
  if (read === written) return undefined;
  return `Pagefind read ${read} page${read === 1 ? '' : 's'} of the ${written} written`;
}

/** Writes `<dir>/pagefind`; fails naming what went wrong. Resolves to the number of pages searchable. */
export async function writeSearchIndex(dir: string): Promise<number> {
  const pages = builtPages(dir);
  // Without any mark, Pagefind would index every page whole, navigation included.
  if (pages.searchable.length === 0) throw new Error(`No page under ${dir} is marked for search (data-pagefind-body): is it a built handbook?`);
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Search indexing could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) {
      const lines = added.errors.slice(0, 20);
      if (added.errors.length > 20) lines.push(`... and ${added.errors.length - 20} more`);
      throw new Error(`Search indexing failed:\n${lines.join('\n')}`);
    }
    const mismatch = indexMismatch(pages.all.length, added.page_count);
    if (mismatch) throw new Error(mismatch);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Writing the search index failed: ${written.errors.join('; ')}`);
    for (const name of readdirSync(join(dir, 'pagefind'))) {
      if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(dir, 'pagefind', name));
    }
    return pages.searchable.length;
  } finally {
    await close();
  }
}
