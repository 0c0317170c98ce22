import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { serveWithNginx } from '../../scripts/lib/nginx.ts';
import { FIXTURE_CONTENT, FIXTURE_DIR, SITE_DIR, TEST_BASE } from '../support/paths.ts';
import { astroBuild } from '../support/astro-build.ts';
import { crawl } from '../support/crawl.ts';
import { readContent } from '../../src/build/content-check/read.ts';
import { contentRoot } from '../../src/content-root.ts';

let site: StaticServer;
let fixture: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveWithNginx(SITE_DIR, TEST_BASE);
  fixture = await serveWithNginx(FIXTURE_DIR, TEST_BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixture?.close();
});

async function clipboardContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  return context;
}

describe('links that never break', () => {
  test('a renamed fixture role keeps its old address: nginx and the redirect page both lead to the new one, section included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-rename-'));
    try {
      cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
      const from = join(dir, 'content/roles/keeper.mdx');
      renameSync(from, join(dir, 'content/roles/warden.mdx'));
      const file = join(dir, 'content/roles/warden.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lastReviewed: 2026-11-01\n', 'lastReviewed: 2026-11-01\nredirectFrom: [keeper]\n'));
      // References to the old id must follow the rename; the content check would refuse them.
      for (const referrer of ['finder/role-finder.yaml', 'hiring-stages/early-stage.mdx']) {
        const path = join(dir, 'content', referrer);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('role: keeper', 'role: warden'));
      }
      const result = astroBuild({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist') });
      expect(result.status, result.output.slice(-2000)).toBe(0);

      // nginx answers the old address with a 301 from the generated include.
      const viaNginx = await serveWithNginx(join(dir, 'dist'), TEST_BASE);
      const page = await browser.newPage();
      try {
        const old = new URL('roles/keeper/', viaNginx.url).href;
        const direct = await fetch(old, { redirect: 'manual' });
        expect(direct.status).toBe(301);
        expect(direct.headers.get('location')).toBe('/handbook/roles/warden/');
        await page.goto(`${old}#compensation`);
        expect(page.url()).toBe(new URL('roles/warden/#compensation', viaNginx.url).href);
        expect(await page.locator('h1').textContent()).toBe('Fixture Keeper');
      } finally {
        await page.close();
        await viaNginx.close();
      }

      // A host without redirect rules serves the redirect page, which keeps the section too.
      const plain = await serve(join(dir, 'dist'), TEST_BASE);
      const page2 = await browser.newPage();
      try {
        await page2.goto(new URL('roles/keeper/#compensation', plain.url).href);
        await page2.waitForURL(new URL('roles/warden/#compensation', plain.url).href);
        expect(await page2.locator('h1').textContent()).toBe('Fixture Keeper');
        // Without script, the page's refresh moves the reader at once (to the new page's top).
        const noScript = await browser.newContext({ javaScriptEnabled: false });
        const page3 = await noScript.newPage();
        await page3.goto(new URL('roles/keeper/', plain.url).href);
        await page3.waitForURL(new URL('roles/warden/', plain.url).href);
        expect(await page3.locator('h1').textContent()).toBe('Fixture Keeper');
        await noScript.close();
      } finally {
        await page2.close();
        await plain.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a heading\'s copy-link control copies its full address, base path and anchor included', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(new URL('roles/ai-engineer/', site.url).href);
    await page.locator('.heading > a[href="#compensation"]').click();
    const expected = new URL('roles/ai-engineer/#compensation', site.url).href;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(page.url()).toBe(expected);
    await expect.poll(() => page.locator('[data-announce]').textContent()).toBe('Link to this section copied');
    await context.close();
  });
});

describe('exports people can build on', () => {
  test('"Copy as job description" copies the role\'s Markdown starter, and says so without moving anything', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(new URL('roles/mlops-engineer/', site.url).href);
    const button = page.getByRole('button', { name: 'Copy as job description' });
    const tools = page.locator('.page-tools > *');
    const boxes = () => tools.evaluateAll((els) => els.map((el) => { const b = el.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); }));
    const before = await boxes();
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# MLOps Engineer\n/);
    // "Copied" shows on the button itself: neither it nor the links beside it move or change size.
    await expect.poll(() => button.getAttribute('data-done')).toBe('Copied');
    expect(await boxes()).toEqual(before);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('## What this role is not');
    expect(text).toContain(new URL('roles/mlops-engineer/', 'https://handbook.example.org/handbook/').href);
    await context.close();
  });

  test('"Copy as Markdown" copies the page\'s Markdown twin, on a role page and on any other content page', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    for (const [path, title, section] of [['roles/mlops-engineer/', 'MLOps Engineer', '## Compensation'], ['team-models/hybrid/', 'Hybrid model', '## '], ['glossary/rag/', 'Retrieval-augmented generation (RAG)', '## Roles that use it']] as const) {
      await page.goto(new URL(path, site.url).href);
      // The clipboard outlives the page: empty it, so what is read next is this button's copy.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: path }).not.toBe('');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text, path).toMatch(new RegExp(`^# ${title.replace(/[()]/g, '\\$&')}\n`));
      expect(text, path).toContain(section);
      expect(text, path).toContain(`<${new URL(path, 'https://handbook.example.org/handbook/').href}>`);
      expect(text, path).not.toContain('Copy as Markdown');
    }
    await context.close();
  });
});

describe('print', () => {
  const roles = readContent(contentRoot()).filter((e) => e.collection === 'roles' && (e.data as { draft?: boolean }).draft !== true);

  test.each(roles.map((r) => [r.id]))('%s prints on at most two A4 pages', async (id) => {
    const page = await browser.newPage();
    await page.goto(new URL(`roles/${id}/`, site.url).href);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('a printed role has no navigation or search, shows each link\'s full address, and ends with its address and review date', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('roles/ai-engineer/', site.url).href);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '#site-search-input', '.page-tools']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const after = await page.locator('section[aria-labelledby="confused-with"] li a').first().evaluate((el) => getComputedStyle(el, '::after').content);
    // A link to a page of the site prints its full address on the configured site, base path included.
    expect(after).toMatch(/^" <https:\/\/handbook\.example\.org\/handbook\/roles\/[a-z-]+\/>"$/);
    const footer = page.locator('.print-footer');
    expect(await footer.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await footer.textContent()).toMatch(/^https:\/\/handbook\.example\.org\/handbook\/roles\/ai-engineer\/ · last reviewed \d{4}-\d{2}-\d{2}$/);
    await page.close();
  });
});

describe('keyboard and motion', () => {
  test('Tab alone reaches the search button, the theme toggle and every link, each with a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('hiring-stages/early-stage/', site.url).href);
    const reachable = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => (el as HTMLElement).outerHTML.slice(0, 120)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < reachable.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { html: el.outerHTML.slice(0, 120), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      expect(focused.ring, focused.html).toBe(true);
      reached.add(focused.html);
    }
    expect(reachable.filter((html) => !reached.has(html))).toEqual([]);
    expect([...reached].some((h) => h.includes('class="search-open"'))).toBe(true);
    expect([...reached].some((h) => h.includes('data-theme-toggle'))).toBe(true);
    await page.close();
  });

  test('smooth scrolling is off for readers who ask for reduced motion', async () => {
    const reduced = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await reduced.newPage();
    await page.goto(new URL('roles/', site.url).href);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await reduced.close();
    const normal = await browser.newContext({ reducedMotion: 'no-preference' });
    const page2 = await normal.newPage();
    await page2.goto(new URL('roles/', site.url).href);
    expect(await page2.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await normal.close();
  });
});

describe('nginx with deploy/nginx.conf', () => {
  test('a crawl of every page and every link finds no failure', async () => {
    const result = await crawl(site.url);
    expect(result.failures).toEqual([]);
    expect(result.visited).toBeGreaterThan(80);
  });

  test('hashed assets are cached for a year, HTML is revalidated, security headers are on every answer', async () => {
    const html = await fetch(new URL('roles/ai-engineer/', site.url));
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const css = readFileSync(join(SITE_DIR, 'roles/ai-engineer/index.html'), 'utf8').match(/href="(\/handbook\/_astro\/[^"]+\.css)"/)![1]!;
    const asset = await fetch(new URL(css, site.url));
    expect(asset.headers.get('cache-control')).toBe('max-age=31536000');
    for (const response of [html, asset, await fetch(new URL('no/such/page/', site.url))]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  test('exports answer with their own types: JSON, Markdown and the CSV of roles, each in UTF-8', async () => {
    const types = { 'api/roles.csv': 'text/csv; charset=utf-8', 'api/glossary.json': 'application/json; charset=utf-8', 'roles/ai-engineer/job-description.md': 'text/markdown; charset=utf-8', 'roles/ai-engineer/index.html.md': 'text/markdown; charset=utf-8', 'llms-full.txt': 'text/plain; charset=utf-8' };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(new URL(path, site.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });
});
