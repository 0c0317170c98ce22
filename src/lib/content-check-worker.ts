/** Reads and checks every content file on a worker thread (see content-check-thread.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, formatProblem } from './content-check.ts';
import { readContent } from './content-files.ts';
import type { CheckedContent } from './content-check-thread.ts';

const { root } = workerData as { root: string };
let result: CheckedContent;
try {
  const entries = readContent(root);
  result = {
    entries: entries.map(({ collection, id, file, data }) => ({ collection, id, file, data })),
    problems: checkContent(entries).map(formatProblem),
  };
} catch (error) {
  result = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort!.postMessage(result);
