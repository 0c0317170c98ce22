/**
 * `node scripts/search-index.ts [DIR] [--searchable N]`: writes the search index of the site built
 * in DIR (default `dist`) into DIR/pagefind. `npm run build` runs it once Astro has exited, with
 * the number of pages the build found marked for search, so they are not read again unless the
 * index disagrees; without `--searchable` they are counted here. Any failure exits 1 with the
 * reason, a bad argument exits 2. The time printed counts from this process's start.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/build/search-index/write.ts';
import { wholeNumberOption } from './lib/options.ts';

let parsed;
try {
  parsed = parseArgs({ options: { searchable: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const dir = resolve(positionals[0] ?? 'dist');
const searchable = values.searchable === undefined ? undefined : wholeNumberOption('searchable', values.searchable, 0);
try {
  const pages = writeSearchIndex(dir, searchable);
  console.log(`search index: ${pages} pages, written in ${Math.round(performance.now())} ms`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
