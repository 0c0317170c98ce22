/**
 * `npm run lighthouse [-- --pages N] [-- --url URL]`: audits a role page with Lighthouse
 * (mobile profile; performance, accessibility, best practices, SEO) in the system Chromium,
 * offline. By default it builds N synthetic role pages (1,000), serves them with nginx and
 * deploy/nginx.conf as a company would, and audits the middle role. Exits 1 if any category
 * scores under 100, listing the audits that cost points.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './lib/browser.ts';
import { serveWithNginx } from './lib/nginx.ts';
import { BASE, buildSynthetic } from './bench/build-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, url: { type: 'string' } } });

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

const report = join(ROOT, 'node_modules/.cache/lighthouse-report.json');
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
console.log(`Auditing ${url}`);
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
await cleanup();
if (result.status !== 0) process.exit(result.status ?? 1);

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
const data = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { title: string; score: number; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> };
let failed = false;
for (const category of Object.values(data.categories)) {
  const score = Math.round(category.score * 100);
  console.log(`${category.title.padEnd(16)} ${score}`);
  if (score < 100) {
    failed = true;
    for (const ref of category.auditRefs.filter((r) => r.weight > 0)) {
      const audit = data.audits[ref.id]!;
      if (audit.score !== null && audit.score < 1) console.log(`  - ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
    }
  }
}
process.exit(failed ? 1 : 0);
