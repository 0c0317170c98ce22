/**
 * The content check of a build, run on a second core: it reads and validates every file (about
 * a second at 1,000 role pages) while Astro starts its bundler and loads its content config.
 * Astro's content loaders wait for the verdict before they read a file (src/content.config.ts),
 * so a bad file is reported by this check, which names the file, line, field and accepted
 * values, and never first by Astro's own schema error.
 */
import { Worker } from 'node:worker_threads';
import type { CheckedContent } from './check.ts';

/** The worker's answer: what checkContentAt returns, or the error that stopped it. */
export type CheckAnswer = (CheckedContent & { error?: undefined }) | { error: string; entries?: undefined; problems?: undefined };

/** Starts the check; settles with the worker's answer. */
export function checkContentOnWorker(root: string): Promise<CheckAnswer> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root } });
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

// The build hook and the content config load as separate module instances (the config is loaded
// through Vite), so the verdict passes between them on a global.
const VERDICT = Symbol.for('handbook.content-check.verdict');
type Verdict = Promise<string | undefined>;

/** Makes the build's verdict (the error message, or undefined) what `contentVerdict` waits for. */
export function publishVerdict(verdict: Verdict): void {
  (globalThis as { [VERDICT]?: Verdict })[VERDICT] = verdict;
}

/** Waits for the build's content check, if one runs, and throws its report if it failed. */
export async function contentVerdict(): Promise<void> {
  const failure = await (globalThis as { [VERDICT]?: Verdict })[VERDICT];
  if (failure) throw new Error(failure);
}
