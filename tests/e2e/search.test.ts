import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site.ts';
import { TEST_BASE } from '../support/paths.ts';
import { watch } from '../support/page-watch.ts';

const site = servedSite();

async function open(path: string) {
  const page = await site.browser.newPage();
  const log = watch(page);
  await page.goto(new URL(path, site.server.url).href);
  return { page, log };
}

/** Opens the search dialog with `/`, types and waits for results in place. */
async function searchInPlace(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  // The results for the whole query, not for the letters typed before search had loaded.
  await page.waitForFunction((q) => document.querySelector('#site-search-panel [data-search-summary]')?.textContent?.includes(`“${q}”`), query);
  const first = page.locator('#site-search-panel .result a').first();
  await first.waitFor();
  return first;
}

describe('search', () => {
  test.each([320, 390, 768, 1280])('at %i px the results panel lies wholly on the screen', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(new URL('roles/', site.server.url).href);
    await searchInPlace(page, 'engineer');
    const box = (await page.locator('#site-search-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // Every result title reads from its first letter.
    const lefts = await page.locator('#site-search-panel .result a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().left));
    for (const left of lefts) expect(left).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  test('a content page fetches no search code before the reader reaches for search', async () => {
    const { page, log } = await open('roles/ai-engineer/');
    await page.waitForLoadState('networkidle');
    expect(log.requests.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual([]);
    // The boot script is the only script it loads: no module before the reader reaches for one.
    expect(await page.locator('script[src]').evaluateAll((els) => els.map((el) => el.getAttribute('src')))).toEqual([expect.stringMatching(/\/_astro\/boot\.[\w-]{8}\.js$/)]);
    expect(log.requests.filter((u) => u.endsWith('.js'))).toEqual([expect.stringMatching(/\/_astro\/boot\.[\w-]{8}\.js$/)]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['LLMOps', 'MLOps Engineer', 'roles/mlops-engineer/'],
    ['AI developer', 'AI Engineer', 'roles/ai-engineer/'],
  ])('searching the alias "%s" ranks %s first and its link opens the role', async (query, title, path) => {
    const { page, log } = await open('guides/');
    const first = await searchInPlace(page, query);
    expect((await first.textContent())?.trim()).toBe(title);
    await Promise.all([page.waitForURL(new URL(path, site.server.url).href), first.click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(log.foreign(new URL(site.server.url).origin)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('search works from the keyboard alone: slash, type, arrow down, enter', async () => {
    const { page, log } = await open('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('RAG');
    await page.locator('#site-search-panel .result a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(focused).toContain(TEST_BASE);
    await Promise.all([page.waitForURL(focused), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(focused);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('a filter on the search page narrows the results to one family', async () => {
    const { page, log } = await open('search/?q=engineer');
    const status = page.locator('main [data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/\d+ results?/);
    const all = Number((await status.textContent())!.match(/(\d+)/)![1]);
    await page.selectOption('select[data-filter="family"]', 'Operations');
    await expect.poll(async () => Number((await status.textContent())?.match(/(\d+)/)?.[1] ?? -1)).toBeLessThan(all);
    const kinds = await page.locator('[data-search-results] .result-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Role']));
    expect(new URL(page.url()).searchParams.get('family')).toBe('Operations');
    expect(log.foreign(new URL(site.server.url).origin)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('a corrected query says so and offers the reader’s own words; “See all N results” opens the search page with the query', async () => {
    const { page, log } = await open('guides/');
    await page.keyboard.press('/');
    await page.keyboard.type('ai enginner');
    const summary = page.locator('#site-search-panel [data-search-summary]');
    await page.waitForFunction(() => document.querySelector('#site-search-panel [data-search-summary]')?.textContent?.startsWith('Showing results for “ai engineer”'));
    expect(await page.locator('#search-dialog [data-search-status]').textContent()).toContain('Showing results for “ai engineer”');
    expect((await page.locator('#site-search-panel .result a').first().textContent())?.trim()).toBe('AI Engineer');
    const panelCount = await page.locator('#site-search-panel .result').count();
    expect(panelCount).toBeLessThanOrEqual(8);
    // The reader's own words, on request.
    await summary.locator('[data-search-literal]').click();
    await page.waitForFunction(() => /results? for “ai enginner”/.test(document.querySelector('#site-search-panel [data-search-summary]')?.textContent ?? ''));
    const more = page.locator('#site-search-panel [data-search-more]');
    const total = Number(/See all (\d+) results?/.exec((await more.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/search\/\?q=ai(%20|\+)enginner$/), more.click()]);
    // The search page corrects the same way, and finds the same number.
    await page.waitForFunction(() => document.querySelector('main [data-search-status]')?.textContent?.startsWith('Showing results for “ai engineer”'));
    expect((await page.locator('main .result a').first().textContent())?.trim()).toBe('AI Engineer');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('opening search fetches what the first query needs before a key is typed', async () => {
    const { page } = await open('roles/ai-engineer/');
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') || e.name.includes('wasm')));
    expect(fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(fetched.some((p) => p.endsWith('/search/vocabulary.json'))).toBe(true);
    await page.close();
  });

  test('Pagefind’s entry, metadata and WebAssembly are asked for beside its script, each once, with no warning', async () => {
    const { page, log } = await open('roles/ai-engineer/');
    await page.waitForLoadState('networkidle');
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const first = await searchInPlace(page, 'evaluation');
    expect(await first.count()).toBe(1);
    await page.waitForLoadState('networkidle');
    // Pagefind's own requests for the three were answered by the ones made on opening: the
    // metadata and WebAssembly are on the network once each, and the page holds their preloads.
    expect(fetched.filter((p) => p.endsWith('.pf_meta'))).toHaveLength(1);
    expect(fetched.filter((p) => p.endsWith('/wasm.en.pagefind'))).toHaveLength(1);
    const preloaded = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloaded.some((p) => p.endsWith('/pagefind-entry.json'))).toBe(true);
    expect(preloaded.some((p) => p.endsWith('.pf_meta'))).toBe(true);
    expect(preloaded.some((p) => p.endsWith('/wasm.en.pagefind'))).toBe(true);
    // An unused or mismatched preload is a console warning in Chromium.
    await page.waitForTimeout(3500);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('results follow the typing, a key every 100 ms: unfinished words show results, uncorrected', async () => {
    const { page, log } = await open('guides/');
    await page.keyboard.press('/');
    const seen = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const summary = document.querySelector('#site-search-panel [data-search-summary]')!;
          const texts: string[] = [];
          new MutationObserver(() => {
            texts.push(summary.textContent ?? '');
            if (texts.at(-1)!.includes('“hallucination”')) resolve(texts);
          }).observe(summary, { childList: true, characterData: true, subtree: true });
        }),
    );
    // Faster than any pause a search might wait for, so results shown before the last key
    // come from searches run while typing.
    await page.keyboard.type('hallucination', { delay: 100 });
    const texts = await seen;
    expect(texts.some((t) => /for “hal+u?c?i?n?a?t?i?o?”/.test(t))).toBe(true);
    // "hallucinati" is two edits from "hallucination", but it is a word being typed.
    expect(texts.filter((t) => t.includes('Showing results for'))).toEqual([]);
    const first = page.locator('#site-search-panel .result a').first();
    expect((await first.textContent())?.trim()).toBe('Hallucination');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('a query naming a concept shows the roles that work with it, linked', async () => {
    const { page } = await open('guides/');
    await searchInPlace(page, 'RAG');
    const roles = page.locator('#site-search-panel .result').first().locator('.result-roles a');
    const hrefs = await roles.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`${TEST_BASE}/roles/ai-engineer/`);
    await Promise.all([page.waitForURL(/\/roles\/ai-engineer\/$/), roles.filter({ hasText: /^AI Engineer$/ }).click()]);
    await page.close();
  });
});
