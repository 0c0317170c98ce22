import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The sub-path the synthetic site is built for, as a company would serve it. */
export const BASE = '/handbook';

/** Runs the build and samples its peak memory from /proc (Linux); elsewhere memory is null. */
function build(content: string, out: string): Promise<{ seconds: number; peakRssMb: number | null; log: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak: number | null = null;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
        if (kb) peak = Math.max(peak ?? 0, kb / 1024);
      } catch {
        // Not Linux, or the process has just exited.
      }
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`The build failed (exit ${code}):\n${log.slice(-3000)}`));
      else done({ seconds, peakRssMb: peak, log });
    });
  });
}

/**
 * Writes N synthetic role pages into a temporary content root and builds them cold (Astro's
 * content cache for that root removed first). The caller removes `work` when done.
 */
export async function buildSynthetic(pages: number, seed: number) {
  const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const genStart = performance.now();
  const { roleIds } = generateContent(content, pages, seed);
  const generateS = (performance.now() - genStart) / 1000;
  // Cold: no content cache for this root (the cache is keyed by the root's path, see astro.config.mjs).
  const cacheDir = join(ROOT, 'node_modules/.astro', `content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`);
  rmSync(cacheDir, { recursive: true, force: true });
  return { work, content, out, roleIds, generateS, build: await build(content, out) };
}
