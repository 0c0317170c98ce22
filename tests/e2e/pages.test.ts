import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { watch } from '../support/page-watch.ts';

const site = servedSite();

const PAGE_TYPES = [
  ['home', ''],
  ['roles index', 'roles/'],
  ['role', 'roles/ai-engineer/'],
  ['team model', 'team-models/hybrid/'],
  ['hiring stage', 'hiring-stages/early-stage/'],
  ['learning path', 'paths/devops-to-mlops-engineer/'],
  ['guide', 'guides/how-to-use-this-handbook/'],
  ['comparison', 'guides/prompt-engineer-vs-ai-engineer/'],
  ['glossary', 'glossary/'],
  ['glossary term', 'glossary/rag/'],
  ['sources', 'sources/'],
  ['search', 'search/?q=rag'],
] as const;

describe('every page type under /handbook/', () => {
  // Two pages at a time: most of each test is waiting for the network to settle.
  test.concurrent.each(PAGE_TYPES)('%s loads under the security policy with no console error and no request to another host', async (_name, path) => {
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(new URL(path, site.server.url).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    await page.waitForLoadState('networkidle');
    // Reaching for search must not reach another host either.
    await page.click('.search-open');
    await page.keyboard.type('agent');
    await page.locator('#site-search-panel .result').first().waitFor();
    expect(log.foreign(new URL(site.server.url).origin)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // Its schema.org data blocks parse in the browser, under the same policy, with no violation.
    const types = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type']));
    expect(types[0]).toBe('BreadcrumbList');
    await page.close();
  });

  test('an unknown address answers the 404 page, whose links work at any depth', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(new URL('no/such/page/', site.server.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const css = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(css).toContain('system-ui');
    await Promise.all([page.waitForURL(new URL('roles/', site.server.url).href), page.getByRole('link', { name: 'the list of roles' }).click()]);
    await page.close();
  });
});

describe('theme', () => {
  test('follows the system preference, and a choice survives a reload with no flash', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(new URL('roles/', site.server.url).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The button's name says what a press does, and is right from the first paint.
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.getByRole('button', { name: 'Switch to dark theme' }).count()).toBe(1);
    // The theme is set before the first paint: read it as soon as the document exists.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        (window as unknown as { firstTheme?: string }).firstTheme ??= document.documentElement.dataset.theme;
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('light');
    await context.close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('roles/ai-engineer/', site.server.url).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
