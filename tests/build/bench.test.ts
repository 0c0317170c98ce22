import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { cleanEnv } from '../support/astro-build.ts';
import { withAstroLock } from '../support/build-lock.ts';

// The benchmark must keep working; its figures are measured, never asserted as times here. One
// run serves both tests: two builds, and a check against a budget file so tight it must fail.
describe('npm run bench', () => {
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    result = withAstroLock(() =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/bench.ts'), '--pages', '30', '--runs', '2', '--keep', '--check', '--budgets', join(ROOT, 'tests/fixtures/tiny-budgets.json')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: cleanEnv(),
        timeout: 120_000,
      }),
    );
  }, 120_000);

  test('builds a small synthetic handbook twice and ends with one JSON line of every figure', () => {
    // With --keep the built sites stay; they are removed here whatever the assertions find.
    const kept = /^kept: (.+)$/m.exec(result.stdout)?.[1];
    try {
      expect(result.stdout, result.stderr.slice(-2000)).toMatch(/Over budget:/);
      const lines = result.stdout.trim().split('\n');
      const figures = JSON.parse(lines.at(-1)!);
      expect(Object.keys(figures)).toEqual([
        'pages', 'build_s', 'ms_per_page', 'cpu_s', 'index_s', 'peak_rss_mb', 'peak_rss_astro_mb', 'build_processes', 'dist_bytes', 'role_html_bytes',
        'role_html_gzip', 'role_css_gzip', 'role_js_before_interaction', 'first_search_gzip', 'first_results_ms', 'index_bytes',
        'runs', 'build_s_min', 'build_s_max', 'cpu_sys_s', 'steal_s',
      ]);
      expect(figures.pages).toBe(30);
      expect(figures.runs).toBe(2);
      // Each run is reported, and the time is the middle of the two.
      const runLines = lines.filter((l) => /^run \d of 2: [\d.]+ s, CPU [\d.]+ s \(kernel [\d.]+ s\), taken by the host [\d.]+ s, peak \d+ MB$/.test(l));
      expect(runLines, result.stdout).toHaveLength(2);
      expect(figures.build_s).toBeCloseTo((figures.build_s_min + figures.build_s_max) / 2, 1);
      expect(figures.build_s_min).toBeLessThanOrEqual(figures.build_s_max);
      // CPU time and memory are read from /proc, which the test machine has.
      for (const [key, value] of Object.entries(figures)) expect(typeof value, key).toBe('number');
      expect(figures.cpu_s).toBeGreaterThan(0);
      expect(figures.cpu_sys_s).toBeGreaterThan(0);
      expect(figures.cpu_sys_s).toBeLessThan(figures.cpu_s);
      expect(figures.steal_s).toBeGreaterThanOrEqual(0);
      // The build script and Astro at least; Astro's own peak was found and measured.
      expect(figures.build_processes).toBeGreaterThanOrEqual(2);
      expect(figures.peak_rss_astro_mb).toBeGreaterThan(100);
      expect(figures.index_s).toBeGreaterThan(0);
      expect(figures.role_html_gzip).toBeGreaterThan(1000);
      expect(figures.first_search_gzip).toBeGreaterThan(0);
      // Measured, not asserted against a time: the budget lives in the bench.
      expect(figures.first_results_ms).toBeGreaterThan(0);
      expect(lines.some((l) => /^first results on a throttled phone +\d+ ms after the last key$/.test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith('role page HTML (median)'))).toBe(true);
      expect(lines.some((l) => /^  role pages +\d+\.\d [KM]B +\d+%$/.test(l))).toBe(true);
      // Each run wrote a folder of its own, and the first was not removed before the second ran.
      expect(kept, result.stdout).toBeDefined();
      for (const dist of ['dist', 'dist-2']) expect(existsSync(join(kept!, dist, 'roles', 'synthetic-role-01', 'index.html')), dist).toBe(true);
    } finally {
      if (kept) rmSync(kept, { recursive: true, force: true });
    }
  });

  test('--check names each budget a run exceeds and exits 1', () => {
    // At 30 pages nothing is over the real budgets, so the tiny budget file proves the check bites.
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/role_js_before_interaction = \d+ exceeds its budget of 10/);
  });
});
