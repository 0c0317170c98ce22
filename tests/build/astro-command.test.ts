import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.ts';
import { cleanEnv } from '../support/astro-build.ts';
import { ROOT, SITE_DIR, TEST_BASE } from '../support/paths.ts';

/** Whether a process is still running (Linux: a zombie waiting for its parent counts as gone). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

// `npm start` ends in `node scripts/astro.ts preview`, which runs Astro as a child process.
describe('the Astro command the npm scripts run', () => {
  test('serves the built site and its search bundle, and a SIGTERM ends Astro with it', async () => {
    const port = await freePort();
    const launcher = spawn(process.execPath, [join(ROOT, 'scripts/astro.ts'), 'preview', '--outDir', SITE_DIR, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...cleanEnv(), NO_COLOR: '1', HANDBOOK_BASE: TEST_BASE },
    });
    let log = '';
    launcher.stdout.on('data', (d) => (log += d));
    launcher.stderr.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((done) => launcher.once('exit', (code) => done(code)));
    try {
      const url = (path: string) => `http://127.0.0.1:${port}${TEST_BASE}/${path}`;
      const deadline = Date.now() + 30_000;
      while (!(await fetch(url('')).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline || launcher.exitCode !== null) throw new Error(`astro preview did not start:\n${log.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect((await fetch(url('pagefind/pagefind.js'))).status).toBe(200);
      const astro = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      expect(astro).toHaveLength(1);
      expect(readFileSync(`/proc/${astro[0]}/cmdline`, 'utf8')).toContain('astro.mjs');
      launcher.kill('SIGTERM');
      await exited;
      expect(running(astro[0]!)).toBe(false);
      expect(await fetch(url('')).then(() => 'answered', () => 'closed')).toBe('closed');
    } finally {
      launcher.kill('SIGKILL');
    }
  });
});
