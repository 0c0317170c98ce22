/** Reads and checks every content file on a worker thread (see content-check-thread.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentAt } from './check.ts';
import type { CheckAnswer } from './thread.ts';

const { root, overlays, writeTo } = workerData as { root: string; overlays: string[]; writeTo?: string };
let answer: CheckAnswer;
try {
  answer = checkContentAt(root, overlays, writeTo ? { writeTo } : {});
} catch (error) {
  answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(answer);
