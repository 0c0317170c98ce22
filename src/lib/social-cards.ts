/**
 * Draws every role's social card on worker threads. One worker starts with the build: the
 * cards depend on frontmatter only, so a second core draws them while Astro renders the pages.
 * When the pages are done the main thread is idle, so `hurry()` adds a second worker; both take
 * the next card from one shared counter until none is left.
 */
import { Worker } from 'node:worker_threads';
import type { Card } from './og-image.ts';

export interface CardJob {
  file: string;
  card: Card;
}

export interface Drawing {
  /** Settles when every card is written, with the time from start to finish. */
  done: Promise<{ count: number; ms: number }>;
  /** Adds a worker for the cards still left. */
  hurry: () => void;
}

export function drawCards(jobs: CardJob[]): Drawing {
  if (jobs.length === 0) return { done: Promise.resolve({ count: 0, ms: 0 }), hurry: () => undefined };
  const started = performance.now();
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers: Promise<number>[] = [];
  const start = () => {
    const worker = new Worker(new URL('./social-cards-worker.ts', import.meta.url), { workerData: { jobs, next } });
    workers.push(
      new Promise((resolve, reject) => {
        worker.once('message', (count: number) => resolve(count));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`Drawing social cards stopped with exit code ${code}`)));
      }),
    );
  };
  start();
  let hurried = false;
  const done = (async () => {
    // Wait for every worker, including one added while waiting.
    let settled = 0;
    let count = 0;
    while (settled < workers.length) {
      const results = await Promise.all(workers.slice(settled));
      settled += results.length;
      count += results.reduce((a, b) => a + b, 0);
    }
    return { count, ms: Math.round(performance.now() - started) };
  })();
  return {
    done,
    hurry: () => {
      if (!hurried && Atomics.load(next, 0) < jobs.length) {
        hurried = true;
        start();
      }
    },
  };
}
