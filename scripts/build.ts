/**
 * `npm run build [-- astro build options]`: builds the site with Astro, then writes its search
 * index in this process once Astro has exited, so the two never hold memory at the same time.
 * The handbook's build hook writes the output folder's path to HANDBOOK_OUT_FILE, so the folder
 * indexed is the one Astro wrote, whatever options chose it, and on the next line the number of
 * pages it found marked for search as it read them for its link check (the index must hold that
 * many). Exits 1 on any failure of either step.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstro } from './lib/astro.ts';

const scratch = mkdtempSync(join(tmpdir(), 'handbook-build-'));
const outFile = join(scratch, 'out');
try {
  const code = await runAstro(['build', ...process.argv.slice(2)], {
    // V8 grows its young generation up to 128 MB while the pages render; 8 MB semi-spaces keep
    // it small for the same CPU time (about 100 MB less at 1,000 pages).
    nodeFlags: ['--max-semi-space-size=8'],
    // Rolldown, the bundler, allocates with mimalloc; a purge delay of 0 hands the memory it frees
    // back at once instead of keeping it mapped while the pages render (about 100 MB at 1,000 pages).
    env: { MIMALLOC_PURGE_DELAY: '0', HANDBOOK_OUT_FILE: outFile },
  });
  if (code === 0) {
    const [out, searchable] = readOutFile(outFile);
    const started = performance.now();
    // Loaded only now, so this process stays small while Astro runs beside it.
    const { writeSearchIndex } = await import('../src/build/search-index.ts');
    let pages: number;
    try {
      pages = writeSearchIndex(out, searchable);
    } catch (error) {
      throw new Error(`search index: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log(`search index: ${pages} pages, written in ${Math.round(performance.now() - started)} ms`);
  } else {
    process.exitCode = code;
  }
} catch (error) {
  // Astro reports its own failures; what reaches here is Astro failing to start, or the index step.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The output folder and the count of pages marked for search, as the build hook wrote them. */
function readOutFile(file: string): [string, number] {
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    // Left empty: reported below.
  }
  const [out, count] = lines;
  if (!out || !count || !/^\d+$/.test(count)) {
    throw new Error('search index: the build did not say where it wrote the site and how many pages are marked for search (HANDBOOK_OUT_FILE is incomplete)');
  }
  return [out, Number(count)];
}
