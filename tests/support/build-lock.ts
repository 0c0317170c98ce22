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

/**
 * Tries once to take the lock; a holder that has died loses it. A process never waits for
 * itself: the lock is for one build at a time across the test runner's workers, and a worker
 * runs its tests one after another.
 */
function tryAcquire(): boolean {
  mkdirSync(OUTPUT, { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    let holder = NaN;
    try {
      holder = Number(readFileSync(resolve(LOCK, 'pid'), 'utf8'));
    } catch {
      // Taken this instant, its pid not yet written.
      return false;
    }
    if (holder === process.pid) throw new Error('this process already holds the Astro lock: run its builds one after another');
    if (Number.isInteger(holder) && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Takes the lock, blocking while another process holds it (for synchronous builds). */
function acquire(): void {
  while (!tryAcquire()) Atomics.wait(pause, 0, 0, 100);
}

/** Takes the lock without blocking this process's event loop while it waits. */
async function acquireAsync(): Promise<void> {
  while (!tryAcquire()) await new Promise((done) => setTimeout(done, 100));
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
  await acquireAsync();
  try {
    return await work();
  } finally {
    release();
  }
}
