/**
 * Draws every role's social card on a worker thread, started as the build starts: the cards
 * depend on frontmatter only, so a second core draws them while Astro renders the pages.
 */
import { Worker } from 'node:worker_threads';
import type { Card } from './og-image.ts';

export interface CardJob {
  file: string;
  card: Card;
}

/** Starts drawing; the promise settles when every card is written, with the time it took. */
export function drawCards(jobs: CardJob[]): Promise<{ count: number; ms: number }> {
  if (jobs.length === 0) return Promise.resolve({ count: 0, ms: 0 });
  const worker = new Worker(new URL('./social-cards-worker.ts', import.meta.url), { workerData: jobs });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { count: number; ms: number }) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Drawing social cards stopped with exit code ${code}`));
    });
  });
}
