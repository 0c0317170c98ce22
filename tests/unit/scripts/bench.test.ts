import { describe, expect, test } from 'vitest';
import { childrenCpuSeconds, ownMemory, stolenCpuSeconds } from '../../../scripts/bench/build-site.ts';
import { median, summariseRuns, type MeasuredRun } from '../../../scripts/bench/runs.ts';
import { outputByKind } from '../../../scripts/bench/output.ts';

describe('benchmark', () => {
  test("reads children's CPU time from /proc/self/stat, whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const stat = '4242 (node ) (x) S 1 4242 4242 0 -1 4194304 10 20 0 0 700 30 1234 66 20 0 11 0 100';
    expect(childrenCpuSeconds(stat)).toEqual({ user: 12.34, system: 0.66 });
    expect(childrenCpuSeconds().user).toBeGreaterThanOrEqual(0);
  });

  test('reads the CPU time the host took from the first line of /proc/stat', () => {
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    expect(stolenCpuSeconds('cpu  1910824 162202 685158 3303188 35634 0 12394 156002 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n')).toBe(1560.02);
    expect(() => stolenCpuSeconds('intr 1 2 3')).toThrow(/unexpected first line of \/proc\/stat/);
    expect(stolenCpuSeconds()).toBeGreaterThanOrEqual(0);
  });

  test('sums up several runs: times by their median, memory by the largest run', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    const run = (seconds: number, peak: number | null, cpu: number | null = seconds * 1.5): MeasuredRun => ({
      seconds,
      cpuSeconds: cpu,
      cpuSystemSeconds: cpu === null ? null : cpu / 3,
      stealSeconds: cpu === null ? null : 0.5,
      processes: 3,
      peakRssMb: peak,
      peakMainRssMb: peak === null ? null : peak - 20,
      indexSeconds: seconds / 4,
    });
    expect(summariseRuns([run(20, 700), run(12, 760), run(16, 720)])).toEqual({
      build_s: 16,
      build_s_min: 12,
      build_s_max: 20,
      cpu_s: 24,
      cpu_sys_s: 8,
      steal_s: 0.5,
      index_s: 4,
      peak_rss_mb: 760,
      peak_rss_astro_mb: 740,
      build_processes: 3,
    });
    // A figure one run could not measure is not measured at all.
    const partial = summariseRuns([run(10, 700), run(11, null, null)]);
    expect(partial.build_s).toBe(10.5);
    expect(partial.peak_rss_mb).toBeNull();
    expect(partial.cpu_s).toBeNull();
    expect(() => summariseRuns([])).toThrow(/no runs/);
  });

  test("counts each process's memory once: a fork that has not yet started its own program repeats its parent's", () => {
    const commands: Record<number, string> = { 1: 'node scripts/build.ts', 2: 'node astro.mjs build', 3: 'node astro.mjs build', 4: 'esbuild --service', 5: 'git log' };
    const tree = [
      { pid: 1, parent: 0 },
      { pid: 2, parent: 1 },
      { pid: 3, parent: 2 },
      { pid: 4, parent: 2 },
      { pid: 5, parent: 2 },
    ];
    expect(ownMemory(tree, (pid) => commands[pid]!)).toEqual([1, 2, 4, 5]);
  });

  test('sorts every output file into one kind, so the kinds add up to the whole output', () => {
    const files = [
      ['roles/ai-engineer/index.html', 100],
      ['roles/ai-engineer/job-description.md', 6],
      ['roles/ai-engineer/job-description-senior.md', 4],
      ['roles/ai-engineer/index.html.md', 8],
      ['index.html.md', 2],
      ['llms-full.txt', 10],
      ['roles/index.html', 7],
      ['og/roles/ai-engineer.png', 50],
      ['pagefind/index/en_1.pf_index', 30],
      ['api/roles.json', 20],
      ['api/roles/ai-engineer.json', 5],
      ['compare/roles/ai-engineer.json', 4],
      ['compare/index.html', 3],
      ['_astro/Base.css', 2],
      ['sitemap-0.xml', 1],
    ].map(([path, bytes]) => ({ path: path as string, bytes: bytes as number }));
    const sums = outputByKind(files);
    expect(Object.fromEntries(sums)).toEqual({
      'role pages': 100,
      'other pages': 10,
      'social cards': 50,
      'search index': 30,
      'role data (api/)': 25,
      'job descriptions': 10,
      'Markdown twins': 20,
      'compare records': 4,
      'styles and scripts': 2,
      'other files': 1,
    });
    expect([...sums.values()].reduce((a, b) => a + b, 0)).toBe(252);
    // Given the roles, a page at an old role address (a redirect) is one of the other pages.
    const redirects = outputByKind([...files, { path: 'roles/old-engineer/index.html', bytes: 1 }], new Set(['ai-engineer']));
    expect(redirects.get('role pages')).toBe(100);
    expect(redirects.get('other pages')).toBe(11);
  });
});
