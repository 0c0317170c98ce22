/**
 * The steps `npm run build` runs once Astro has exited (see after-exit.ts), in order: the Markdown
 * twins and the link check over pages and twins, in a process of their own (after-exit-child.ts),
 * then the search index. Each reports as its integration does when Astro runs it, and a failure
 * throws, naming its step.
 */
import { fork } from 'node:child_process';
import { writeSearchIndex } from './search-index/write.ts';
import type { BuiltSiteMessage } from './after-exit.ts';
import type { ChildAnswer } from './after-exit-child.ts';

/**
 * Runs after-exit-child.ts on the built site; resolves with its log lines once it has ended and
 * its channel has closed ('close', not 'exit', which may come before the last message). A SIGTERM
 * to this process is passed on to it, as runAstro passes one on to Astro.
 */
function twinsAndLinks(built: BuiltSiteMessage): Promise<string[]> {
  const child = fork(new URL('./after-exit-child.ts', import.meta.url), { stdio: 'inherit' });
  let answer: ChildAnswer | undefined;
  child.once('message', (message: ChildAnswer) => (answer = message));
  const onTerm = () => child.kill('SIGTERM');
  process.on('SIGTERM', onTerm);
  child.send(built);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      process.off('SIGTERM', onTerm);
      if (answer && 'lines' in answer) resolve(answer.lines);
      else reject(new Error(answer?.error ?? `Writing the Markdown twins and checking links stopped (${signal ?? `exit code ${code}`})`));
    });
  });
}

export async function runStepsAfterExit(built: BuiltSiteMessage, log: (line: string) => void): Promise<void> {
  for (const line of await twinsAndLinks(built)) log(line);
  const started = performance.now();
  let pages: number;
  try {
    pages = writeSearchIndex(built.outDir, built.searchable);
  } catch (error) {
    throw new Error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(`search index: ${pages} pages, written in ${Math.round(performance.now() - started)} ms`);
}
