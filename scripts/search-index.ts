/**
 * `node scripts/search-index.ts [DIR]`: writes the search index of the site built in DIR
 * (default `dist`) into DIR/pagefind. `npm run build` runs it once Astro has exited; any failure
 * exits 1 with the reason. The time printed counts from this process's start.
 */
import { resolve } from 'node:path';
import { writeSearchIndex } from './lib/search-index.ts';

const dir = resolve(process.argv[2] ?? 'dist');
try {
  const pages = writeSearchIndex(dir);
  console.log(`search index: ${pages} pages, written in ${Math.round(performance.now())} ms`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
