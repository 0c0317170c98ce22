/**
 * `npm run build [-- astro build options]`: builds the site with Astro, then writes its search
 * index in this process once Astro has exited, so the two never hold memory at the same time.
 * Astro runs with an IPC channel and HANDBOOK_INDEX_AFTER_EXIT=1; its last build hook
 * (src/build/search-index/) sends back the output folder it wrote, whatever options chose it,
 * and the number of pages it found marked for search (the index must hold that many). Exits 1 on
 * any failure of either step.
 */
import { runAstro } from './lib/astro.ts';
import { isBuiltSiteMessage, type BuiltSiteMessage } from '../src/build/search-index/message.ts';

let built: BuiltSiteMessage | undefined;
try {
  const code = await runAstro(['build', ...process.argv.slice(2)], {
    // V8 grows its young generation up to 128 MB while the pages render; 8 MB semi-spaces keep
    // it small for the same CPU time (about 100 MB less at 1,000 pages).
    nodeFlags: ['--max-semi-space-size=8'],
    // Rolldown, the bundler, allocates with mimalloc; a purge delay of 0 hands the memory it frees
    // back at once instead of keeping it mapped while the pages render (about 100 MB at 1,000 pages).
    env: { MIMALLOC_PURGE_DELAY: '0', HANDBOOK_INDEX_AFTER_EXIT: '1' },
    onMessage: (message) => {
      if (isBuiltSiteMessage(message)) built = message;
    },
  });
  if (code === 0) {
    if (!built) throw new Error('search index: the build did not say where it wrote the site (no message from src/build/search-index/)');
    const started = performance.now();
    // Loaded only now, so this process stays small while Astro runs beside it.
    const { writeSearchIndex } = await import('../src/build/search-index/write.ts');
    let pages: number;
    try {
      pages = writeSearchIndex(built.outDir, built.searchable);
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
}
