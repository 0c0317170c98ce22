import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUTPUT } from './paths.ts';

/**
 * Astro keeps state of the content it last synced in `.astro/` at the project root (among it
 * content-modules.mjs, which a build bundles), whatever the content root. Two builds or
 * authoring servers of different content in one checkout would overwrite each other's, so
 * test files that build run side by side, but their builds take turns through this lock.
 */
const LOCK = resolve(OUTPUT, 'astro.lock');
const pause = new Int32Array(new SharedArrayBuffer(4));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, waiting while another process holds it; a holder that has died loses it. */
function acquire(): void {
  mkdirSync(OUTPUT, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(resolve(LOCK, 'pid'), 'utf8'));
      } catch {
        // Taken this instant, its pid not yet written.
      }
      if (Number.isInteger(holder) && holder !== process.pid && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 100);
    }
  }
}

const release = () => rmSync(LOCK, { recursive: true, force: true });

/** Runs `work` holding the lock: a build, or the life of an authoring server. */
export function withAstroLock<T>(work: () => T): T {
  acquire();
  try {
    return work();
  } finally {
    release();
  }
}

/** The same for work that runs asynchronously. */
export async function withAstroLockAsync<T>(work: () => Promise<T>): Promise<T> {
  acquire();
  try {
    return await work();
  } finally {
    release();
  }
}
