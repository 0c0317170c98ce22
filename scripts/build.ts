/**
 * `npm run build [-- astro build options]`: builds the site with Astro, then, in this process
 * once Astro has exited, writes the Markdown twins, checks every link, and writes the search
 * index, so none of them holds memory beside Astro (src/build/after-exit.ts). Astro runs with an
 * IPC channel and HANDBOOK_AFTER_EXIT=1; its last build hook (src/build/search-index/) sends
 * back the output folder it wrote, whatever options chose it, its base path and the handbook's
 * name. Exits 1 on any failure of any step.
 */
import { runAstro } from './lib/astro.ts';
import { AFTER_EXIT_ENV, isBuiltSiteMessage, type BuiltSiteMessage } from '../src/build/after-exit.ts';

let built: BuiltSiteMessage | undefined;
try {
  const code = await runAstro(['build', ...process.argv.slice(2)], {
    // V8 grows its young generation up to 128 MB while the pages render; 8 MB semi-spaces keep
    // it small for the same CPU time (about 100 MB less at 1,000 pages).
    nodeFlags: ['--max-semi-space-size=8'],
    // Rolldown, the bundler, allocates with mimalloc; a purge delay of 0 hands the memory it frees
    // back at once instead of keeping it mapped while the pages render (about 100 MB at 1,000 pages).
    env: { MIMALLOC_PURGE_DELAY: '0', [AFTER_EXIT_ENV]: '1' },
    onMessage: (message) => {
      if (isBuiltSiteMessage(message)) built = message;
    },
  });
  if (code === 0) {
    if (!built) throw new Error('the build did not say where it wrote the site (no message from src/build/search-index/)');
    // Loaded only now, so this process stays small while Astro runs beside it.
    const { runStepsAfterExit } = await import('../src/build/after-exit-steps.ts');
    await runStepsAfterExit(built, (line) => console.log(line));
  } else {
    process.exitCode = code;
  }
} catch (error) {
  // Astro reports its own failures; what reaches here is Astro failing to start, or a step after it.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
