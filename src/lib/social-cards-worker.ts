import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cardPng } from './og-image.ts';
import type { CardJob } from './social-cards.ts';

const { jobs, next } = workerData as { jobs: CardJob[]; next: Int32Array };
let count = 0;
// Each worker takes the next card from the shared counter, so two workers never draw the same one.
for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
  const job = jobs[i]!;
  writeFileSync(job.file, await cardPng(job.card));
  count++;
}
parentPort!.postMessage(count);
