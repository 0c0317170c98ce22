/** Writes the Markdown twins of its share of the pages (index.ts) and sends them back in order, `null` for a page without one. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeTwinOf, type TwinOptions } from './index.ts';

const { outDir, files, options } = workerData as { outDir: string; files: string[]; options: TwinOptions };
try {
  parentPort!.postMessage({ twins: files.map((file) => writeTwinOf(outDir, file, options) ?? null) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
