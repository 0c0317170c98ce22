/**
 * How the benchmark sums up several builds of the same site: the time figures by their median, so
 * one build slowed by the shared machine neither fails nor flatters the result, and memory by its
 * largest reading, since a build that once needs more memory than it has fails.
 */
import type { BuildRun } from './build-site.ts';

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One build as the benchmark reads it: the build's own figures and the search step's time from its log. */
export type MeasuredRun = Omit<BuildRun, 'log'> & { indexSeconds: number };

export interface RunSummary {
  build_s: number;
  build_s_min: number;
  build_s_max: number;
  cpu_s: number | null;
  cpu_sys_s: number | null;
  steal_s: number | null;
  index_s: number;
  peak_rss_mb: number | null;
  peak_rss_astro_mb: number | null;
  build_processes: number | null;
}

/** A figure over all runs, or null when any run could not measure it (memory and CPU off Linux). */
function over(runs: readonly MeasuredRun[], pick: (run: MeasuredRun) => number | null, sum: (values: number[]) => number): number | null {
  const values = runs.map(pick);
  return values.every((v): v is number => v !== null) ? sum(values) : null;
}

export function summariseRuns(runs: readonly MeasuredRun[]): RunSummary {
  if (runs.length === 0) throw new Error('no runs to sum up');
  const seconds = runs.map((r) => r.seconds);
  const max = (values: number[]) => Math.max(...values);
  return {
    build_s: median(seconds),
    build_s_min: Math.min(...seconds),
    build_s_max: max(seconds),
    cpu_s: over(runs, (r) => r.cpuSeconds, median),
    cpu_sys_s: over(runs, (r) => r.cpuSystemSeconds, median),
    steal_s: over(runs, (r) => r.stealSeconds, median),
    index_s: median(runs.map((r) => r.indexSeconds)),
    peak_rss_mb: over(runs, (r) => r.peakRssMb, max),
    peak_rss_astro_mb: over(runs, (r) => r.peakMainRssMb, max),
    build_processes: over(runs, (r) => r.processes, max),
  };
}
