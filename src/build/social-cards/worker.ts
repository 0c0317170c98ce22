import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { cardPng } from './og-image.ts';
import type { CardJob } from './draw.ts';

const { jobs } = workerData as { jobs: CardJob[] };
for (const job of jobs) writeFileSync(job.file, await cardPng(job.card));
parentPort!.postMessage(jobs.length);
