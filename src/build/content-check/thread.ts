/**
 * The content check of a build, run on a second core: it reads and validates every file (about
 * a second at 1,000 role pages) while Astro starts its bundler and loads its content config.
 */
import { Worker } from 'node:worker_threads';
import type { CheckedContent } from './check.ts';

/** The worker's answer: what checkContentAt returns, or the error that stopped it. */
export type CheckAnswer = (CheckedContent & { error?: undefined }) | { error: string; entries?: undefined; problems?: undefined; notes?: undefined; hidden?: undefined };

/** Starts the check; settles with the worker's answer. */
export function checkContentOnWorker(root: string, overlays: readonly string[] = [], writeTo?: string): Promise<CheckAnswer> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root, overlays, writeTo } });
  const result = new Promise<CheckAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped with exit code ${code} before it answered`)));
  });
  // A failure surfaces where the build awaits the result, not as an unhandled rejection.
  result.catch(() => undefined);
  return result;
}

/** The build's error message for a content check that found problems or could not run; undefined if the content is sound. */
export function checkFailure(root: string, answer: CheckAnswer): string | undefined {
  if (answer.error !== undefined) return `The content check under ${root} stopped with an error:\n${answer.error}`;
  const count = answer.problems.length;
  return count ? `The content under ${root} has ${count} problem${count === 1 ? '' : 's'}:\n${answer.problems.join('\n')}` : undefined;
}
