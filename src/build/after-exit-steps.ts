/**
 * The steps `npm run build` runs once Astro has exited (see after-exit.ts), in order: the Markdown
 * twins and the link check over pages and twins, in a process of their own (after-exit-child.ts),
 * then the search index. Each reports as its integration does when Astro runs it, and a failure
 * throws, naming its step.
 */
import { fork } from 'node:child_process';
import { indexSite } from './search-index/write.ts';
import type { BuiltSiteMessage } from './after-exit.ts';
import type { ChildAnswer } from './after-exit-child.ts';

/**
 * Runs after-exit-child.ts on the built site; resolves with its log lines once it has ended and
 * its channel has closed ('close', not 'exit', which may come before the last message). A SIGTERM
 * to this process is passed on to it, as runAstro passes one on to Astro.
 */
function twinsAndLinks(built: BuiltSiteMessage): Promise<{ lines: string[]; searchable: number }> {
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
      if (answer && 'lines' in answer) resolve(answer);
      else reject(new Error(answer?.error ?? `Writing the Markdown twins and checking links stopped (${signal ?? `exit code ${code}`})`));
    });
  });
}

export async function runStepsAfterExit(built: BuiltSiteMessage, log: (line: string) => void): Promise<void> {
  const { lines, searchable } = await twinsAndLinks(built);
  for (const line of lines) log(line);
  log(indexSite(built.outDir, searchable));
}
