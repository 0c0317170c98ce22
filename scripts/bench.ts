/**
 * `npm run bench -- --pages N [--runs R] [--seed S] [--check] [--budgets FILE] [--keep]`: builds N
 * synthetic role pages cold, R times (default 1), and reports where the time and bytes go. Each
 * time figure is its median over the runs, each memory figure its largest (scripts/bench/runs.ts).
 * The last line printed is one JSON object; `--check` compares it with the budgets file
 * (scripts/bench-budgets.json) and exits 1 naming each budget exceeded.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { BASE, buildCold, generateSynthetic } from './bench/build-site.ts';
import { measureFirstSearch, measureSearchLatency } from './bench/first-search.ts';
import { outputByKind } from './bench/output.ts';
import { summariseRuns, type MeasuredRun } from './bench/runs.ts';
import { wholeNumberOption } from './lib/options.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    budgets: { type: 'string', default: 'scripts/bench-budgets.json' },
  },
});
const pages = wholeNumberOption('pages', values.pages, 10);
const runCount = wholeNumberOption('runs', values.runs, 1);

const { work, content, out: firstOut, roleIds, generateS } = generateSynthetic(pages, Number(values.seed));
// Each run writes a folder of its own, and none is removed before the last run ends. Where the
// file system passes over recently freed inodes when it makes a file (ext4 without a journal, as
// on the 2-core machine the budgets are for), removing one run's thousands of files just before
// the next run would slow every file that run writes (see docs/performance.md).
const outOf = (run: number) => (run === 1 ? firstOut : `${firstOut}-${run}`);
const out = outOf(runCount);
const runs: MeasuredRun[] = [];
for (let i = 1; i <= runCount; i++) {
  const { log, ...run } = await buildCold(content, outOf(i));
  const indexMs = Number(/search index: \d+ pages, written in (\d+) ms/.exec(log)?.[1] ?? NaN);
  runs.push({ ...run, indexSeconds: indexMs / 1000 });
  if (runCount > 1) console.log(`run ${i} of ${runCount}: ${describeRun(run)}`);
}
const summary = summariseRuns(runs);

function describeRun(run: Omit<MeasuredRun, 'indexSeconds'>): string {
  const parts = [`${run.seconds.toFixed(2)} s`];
  if (run.cpuSeconds !== null) parts.push(`CPU ${run.cpuSeconds.toFixed(1)} s (kernel ${run.cpuSystemSeconds!.toFixed(1)} s)`);
  if (run.stealSeconds !== null) parts.push(`taken by the host ${run.stealSeconds.toFixed(1)} s`);
  if (run.peakRssMb !== null) parts.push(`peak ${Math.round(run.peakRssMb)} MB`);
  return parts.join(', ');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The middle role page of a sorted list: a real page's figure. */
const middlePage = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const all = filesUnder(out);
const sizes = all.map((f) => ({ path: relative(out, f).split(sep).join('/'), bytes: statSync(f).size }));
const distBytes = sizes.reduce((sum, f) => sum + f.bytes, 0);
const byKind = outputByKind(sizes, new Set(roleIds));
const rolePages = roleIds.map((id) => readFileSync(join(out, 'roles', id, 'index.html')));
const htmlSizes = rolePages.map((b) => b.length);
const gzipSizes = rolePages.map((b) => gzipSync(b, { level: 9 }).length);
const sample = rolePages[Math.floor(rolePages.length / 2)]!.toString('utf8');
const cssFiles = [...sample.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => join(out, m[1]!.slice(BASE.length)));
const roleCssGzip = cssFiles.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
// Code only: a schema.org block (type="application/ld+json") is data the browser does not run.
const scripts = [...sample.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\btype="application\/ld\+json"/.test(m[1]!));
const roleJs = scripts.reduce((sum, m) => {
  const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
  return sum + (src ? statSync(join(out, src.slice(BASE.length))).size : Buffer.byteLength(m[2]!));
}, 0);
const indexBytes = filesUnder(join(out, 'pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
const firstSearch = await measureFirstSearch(out, BASE, `roles/${roleIds[Math.floor(roleIds.length / 2)]}/`, 'evaluation');
const firstResultsMs = await measureSearchLatency(out, BASE, `roles/${roleIds[Math.floor(roleIds.length / 2)]}/`, 'evaluation');

const figures = {
  pages,
  build_s: round(summary.build_s, 2),
  ms_per_page: round((summary.build_s * 1000) / pages, 2),
  cpu_s: roundOrNull(summary.cpu_s, 1),
  index_s: round(summary.index_s, 2),
  peak_rss_mb: roundOrNull(summary.peak_rss_mb, 0),
  peak_rss_astro_mb: roundOrNull(summary.peak_rss_astro_mb, 0),
  build_processes: summary.build_processes,
  dist_bytes: distBytes,
  role_html_bytes: middlePage(htmlSizes),
  role_html_gzip: middlePage(gzipSizes),
  role_css_gzip: roleCssGzip,
  role_js_before_interaction: roleJs,
  first_search_gzip: firstSearch,
  first_results_ms: firstResultsMs,
  index_bytes: indexBytes,
  runs: runCount,
  build_s_min: round(summary.build_s_min, 2),
  build_s_max: round(summary.build_s_max, 2),
  cpu_sys_s: roundOrNull(summary.cpu_sys_s, 1),
  steal_s: roundOrNull(summary.steal_s, 1),
};

function round(n: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
function roundOrNull(n: number | null, digits: number) {
  return n === null ? null : round(n, digits);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rows: [string, string][] = [
  ['pages', String(pages)],
  ['content generated', `${generateS.toFixed(2)} s`],
  ['build (cold, incl. search index)', runCount > 1 ? `${figures.build_s} s (median of ${runCount} runs; ${figures.build_s_min} to ${figures.build_s_max} s)` : `${figures.build_s} s`],
  ['per page', `${figures.ms_per_page} ms`],
  ['CPU time, all build processes', figures.cpu_s === null ? 'not measured' : `${figures.cpu_s} s (in the kernel ${figures.cpu_sys_s} s)`],
  ['CPU time taken by the host', figures.steal_s === null ? 'not measured' : `${figures.steal_s} s`],
  ['search indexing', `${figures.index_s} s`],
  ['peak memory, all build processes', figures.peak_rss_mb === null ? 'not measured' : `${figures.peak_rss_mb} MB${runCount > 1 ? ' (largest run)' : ''}`],
  ['  of which the Astro process', figures.peak_rss_astro_mb === null ? 'not measured' : `${figures.peak_rss_astro_mb} MB`],
  ['  build processes at once', figures.build_processes === null ? 'not measured' : String(figures.build_processes)],
  ['output', mb(distBytes)],
  ...[...byKind].filter(([, bytes]) => bytes > 0).map(([kind, bytes]): [string, string] => [`  ${kind}`, `${bytes < 1024 * 1024 ? kb(bytes) : mb(bytes)}  ${((100 * bytes) / distBytes).toFixed(0).padStart(2)}%`]),
  ['role page HTML (median)', `${kb(figures.role_html_bytes)} (${kb(figures.role_html_gzip)} gzip)`],
  ['role page CSS', `${kb(roleCssGzip)} gzip`],
  ['role page JS before interaction', `${roleJs} bytes`],
  ['first search query transfers', `${kb(firstSearch)} gzip`],
  ['first results on a throttled phone', `${firstResultsMs} ms after the last key`],
  ['search index', kb(indexBytes)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));

let exceeded: string[] = [];
if (values.check) {
  const budgets = JSON.parse(readFileSync(resolve(ROOT, values.budgets), 'utf8')) as { pages: number; budgets: Record<string, number> };
  if (budgets.pages !== pages) console.log(`\nNote: the budgets are set for ${budgets.pages} pages; this run built ${pages}.`);
  exceeded = Object.entries(budgets.budgets)
    .filter(([key, limit]) => {
      const value = (figures as Record<string, number | null>)[key];
      return value !== null && value !== undefined && value > limit;
    })
    .map(([key, limit]) => `${key} = ${(figures as Record<string, number | null>)[key]} exceeds its budget of ${limit}`);
  console.log(exceeded.length ? `\nOver budget:\n${exceeded.join('\n')}` : '\nEvery figure is within its budget.');
}

if (values.keep) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(figures));
if (exceeded.length) process.exitCode = 1;
