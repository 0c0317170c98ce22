/**
 * `npm run lighthouse [-- --pages N] [-- --url URL] [-- --runs R]`: audits a role page with
 * Lighthouse (mobile profile; performance, accessibility, best practices, SEO) in the system
 * Chromium, offline. By default it builds N synthetic role pages (1,000), serves them with nginx
 * and deploy/nginx.conf as a company would, and audits the middle role R times (3): each category
 * scores its median run, as Lighthouse advises where other work shares the CPU. Exits 1 if any
 * category's median is under 100, listing the audits that cost points in that run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './lib/browser.ts';
import { serveWithNginx } from './lib/nginx.ts';
import { BASE, buildSynthetic } from './bench/build-site.ts';
import { wholeNumberOption } from './lib/options.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, url: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const runs = wholeNumberOption('runs', values.runs, 1);

let url = values.url;
let cleanup = async () => {};
if (!url) {
  const pages = Number(values.pages);
  console.log(`Building ${pages} synthetic role pages...`);
  const site = await buildSynthetic(pages, 1);
  const server = await serveWithNginx(site.out, BASE);
  url = new URL(`roles/${site.roleIds[Math.floor(site.roleIds.length / 2)]}/`, server.url).href;
  cleanup = async () => {
    await server.close();
    rmSync(site.work, { recursive: true, force: true });
  };
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  categories: Record<string, { title: string; score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

/** One Lighthouse run against `url`; its report. */
function audit(url: string, run: number): Report {
  const report = join(ROOT, `node_modules/.cache/lighthouse-report-${run}.json`);
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      `--chrome-path=${chromiumPath()}`,
      // The browser must make no request of its own: this machine, like many company networks, has no way out.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`Lighthouse exited with ${result.status}`);
  return JSON.parse(readFileSync(report, 'utf8')) as Report;
}

mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
console.log(`Auditing ${url}${runs > 1 ? ` ${runs} times; each category scores its median` : ''}`);
const reports: Report[] = [];
try {
  for (let run = 0; run < runs; run++) reports.push(audit(url, run));
} finally {
  await cleanup();
}

const score = (r: Report, key: string) => Math.round(r.categories[key]!.score * 100);
let failed = false;
for (const [key, category] of Object.entries(reports[0]!.categories)) {
  // The run with the median score speaks for the category (Lighthouse's advice for variable
  // machines); of an even number of runs, the lower of the middle two.
  const ranked = [...reports].sort((a, b) => score(a, key) - score(b, key));
  const median = ranked[Math.floor((ranked.length - 1) / 2)]!;
  const all = runs > 1 ? `   (runs: ${reports.map((r) => score(r, key)).join(', ')})` : '';
  console.log(`${category.title.padEnd(16)} ${score(median, key)}${all}`);
  if (score(median, key) < 100) {
    failed = true;
    for (const ref of median.categories[key]!.auditRefs.filter((r) => r.weight > 0)) {
      const a = median.audits[ref.id]!;
      if (a.score !== null && a.score < 1) console.log(`  - ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}`);
    }
  }
}
process.exit(failed ? 1 : 0);
