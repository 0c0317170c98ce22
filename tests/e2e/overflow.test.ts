import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/build/search-index/write.ts';
import { servedSite } from '../support/served-site.ts';
import { SITE_DIR } from '../support/paths.ts';

const site = servedSite();

/** The widths a page must fit: a small phone, a phone, a tablet and a laptop. */
const WIDTHS = [320, 390, 768, 1280];

// Every built page but the redirect pages, which move the reader on at once.
const PAGES = htmlFiles(SITE_DIR)
  .filter((file) => !readFileSync(join(SITE_DIR, file), 'utf8').includes('data-redirect='))
  .map((file) => file.replace(/index\.html$/, ''));

/** Each width the page scrolls sideways at, with the elements that stick out (not those inside a box that scrolls). */
async function overflows(page: import('playwright-core').Page, path: string): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize({ width: WIDTHS.at(-1)!, height: 800 });
  await page.goto(new URL(path, site.server.url).href);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const wide = await page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return undefined;
      const inScroller = (el: Element) => {
        for (let up = el.parentElement; up; up = up.parentElement) if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX)) return true;
        return false;
      };
      const out = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(el))
        .slice(-3)
        .map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`);
      return `${root.scrollWidth} px wide, by ${out.join(', ')}`;
    });
    if (wide) found.push(`/${path} at ${width} px: ${wide}`);
  }
  return found;
}

describe('no page scrolls sideways', () => {
  test('finds the pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(50);
    expect(PAGES).toContain('planner/');
  });

  // Two halves side by side, each through one browser tab.
  test.concurrent.each([0, 1])(`at ${WIDTHS.join(', ')} px, on every built page (half %i)`, async (half) => {
    const page = await site.browser.newPage();
    const found: string[] = [];
    for (const path of PAGES.filter((_, i) => i % 2 === half)) found.push(...(await overflows(page, path)));
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);
});
