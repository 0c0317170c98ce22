import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site.ts';
import { SITE_DIR, TEST_BASE } from '../support/paths.ts';
import { watch } from '../support/page-watch.ts';
import { axeViolations } from '../support/axe.ts';

const site = servedSite();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };

async function open(path: string, viewport = LAPTOP) {
  const page = await site.browser.newPage({ viewport });
  const log = watch(page);
  await page.goto(new URL(path, site.server.url).href);
  return { page, log };
}

/** A short description of the focused element: its tag, id, class and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${el.textContent?.trim().slice(0, 40) ?? ''}` : '';
  });

const inside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab until the focused element matches `selector`, up to `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}; focus ended on ${await focused(page)}`);
}

describe('the header', () => {
  test.each([320, 390, 768, 1280])('at %i px it is one row, at most 80 px tall, with every control inside the screen', async (width) => {
    const { page } = await open('roles/ai-engineer/', { width, height: 800 });
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(80);
    for (const selector of ['.brand', '.search-open', '.theme-toggle', ...(width < 960 ? ['.menu-button'] : [])]) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box, selector).not.toBeNull();
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(width);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(header.y + header.height);
    }
    // It stays at the top as the page scrolls.
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => scrollY > 1000);
    expect((await page.locator('.site-header').boundingBox())!.y).toBe(0);
    await page.close();
  });
});

describe('the menu on a phone', () => {
  test('opens from its button by keyboard alone, holds the sections and this section’s entries, and Escape closes it and returns focus', async () => {
    const { page, log } = await open('roles/ai-engineer/', PHONE);
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await tabTo(page, '.menu-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#site-menu')?.matches(':popover-open'));
    const menu = (await page.locator('#site-menu').boundingBox())!;
    expect(menu.x).toBe(0);
    expect(menu.width).toBeLessThanOrEqual(PHONE.width);
    // Every section, then this section's entries with this page marked.
    const sections = await page.locator('#site-menu .nav-sections a').allTextContents();
    expect(sections).toEqual(expect.arrayContaining(['Roles', 'Glossary', 'Tools']));
    expect(await page.locator('#site-menu a[aria-current="page"]').textContent()).toBe('AI Engineer');
    expect(await page.locator('#site-menu .nav-group-label').first().textContent()).toBe('Strategy');
    // Focus moves into the menu next, and stays in order through it.
    await page.keyboard.press('Tab');
    expect(await inside(page, '#site-menu')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inside(page, '#site-menu')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#site-menu')?.matches(':popover-open'));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('a link in the menu goes to its page, and the menu’s Close button closes it', async () => {
    const { page } = await open('roles/ai-engineer/', PHONE);
    await page.click('.menu-button');
    await page.click('#site-menu .sidebar-close');
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await page.click('.menu-button');
    await Promise.all([page.waitForURL(/\/glossary\/$/), page.click('#site-menu .nav-sections a:text-is("Glossary")')]);
    expect(await page.locator('h1').textContent()).toBe('Glossary');
    await page.close();
  });
});

describe('the sidebar on a laptop', () => {
  test('is beside the page, marks this page, and Tab reaches its links in order before the content', async () => {
    const { page } = await open('roles/ai-engineer/');
    expect(await page.locator('.menu-button').isVisible()).toBe(false);
    const sidebar = (await page.locator('#site-menu').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(main.x);
    expect(await page.locator('#site-menu a[aria-current="page"]').textContent()).toBe('AI Engineer');
    await tabTo(page, '#site-menu a');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Roles');
    await tabTo(page, '#site-menu a[aria-current="page"]');
    await Promise.all([page.waitForURL(/\/roles\/ml-engineer\/$/), (async () => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ML Engineer');
      await page.keyboard.press('Enter');
    })()]);
    expect(await page.locator('#site-menu a[aria-current="page"]').textContent()).toBe('ML Engineer');
    await page.close();
  });
});

describe('the sidebar opens at the page', () => {
  test('a page far down a long list finds its link in view, and the page itself is not scrolled', async () => {
    const { page } = await open('glossary/vector-database/');
    const sidebar = (await page.locator('#site-menu').boundingBox())!;
    const current = (await page.locator('#site-menu a[aria-current="page"]').boundingBox())!;
    expect(await page.locator('#site-menu').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(current.y).toBeGreaterThanOrEqual(sidebar.y);
    expect(current.y + current.height).toBeLessThanOrEqual(sidebar.y + sidebar.height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });
});

describe('breadcrumbs and previous/next', () => {
  test('a role page names its section and family, and links the roles before and after it', async () => {
    const { page } = await open('roles/ai-engineer/');
    expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual(['Home', 'Roles', 'Engineering', 'AI Engineer']);
    expect(await page.locator('.breadcrumbs [aria-current="page"]').textContent()).toBe('AI Engineer');
    expect(await page.locator('.pager a[rel="prev"] .pager-title').textContent()).toBe('AI Architect');
    expect(await page.locator('.pager a[rel="next"] .pager-title').textContent()).toBe('ML Engineer');
    await Promise.all([page.waitForURL(/\/roles\/ml-engineer\/$/), page.click('.pager a[rel="next"]')]);
    await page.close();
  });

  test('an index page has neither', async () => {
    const { page } = await open('roles/');
    expect(await page.locator('.breadcrumbs').count()).toBe(0);
    expect(await page.locator('.pager').count()).toBe(0);
    await page.close();
  });
});

describe('search dialog', () => {
  test.each(['Control+k', 'Meta+k', '/'])('%s opens it on any page with the field focused; focus stays inside; Escape closes it and gives focus back', async (keys) => {
    const { page, log } = await open('glossary/rag/');
    await page.locator('.breadcrumbs a').first().focus();
    await page.keyboard.press(keys);
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('rag');
    await page.locator('#site-search-panel .result a').first().waitFor();
    // Round the dialog twice, forwards and back: focus never leaves it.
    for (const key of [...Array(12).fill('Tab'), ...Array(12).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect(await inside(page, '#search-dialog'), `after ${key}: ${await focused(page)}`).toBe(true);
    }
    await page.locator('#site-search-input').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#search-dialog')?.open);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('the header button opens it, and / typed inside a field is only text', async () => {
    const { page } = await open('roles/ai-engineer/', PHONE);
    await page.click('.search-open');
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open);
    await page.keyboard.type('ml/ops');
    expect(await page.locator('#site-search-input').inputValue()).toBe('ml/ops');
    // On a phone the dialog fills the screen and nothing in it is cut off.
    const box = (await page.locator('#search-dialog').boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(PHONE.width);
    await page.click('.search-close');
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open)).toBe(false);
    await page.close();
  });
});

describe('on this page', () => {
  test('on a phone it sits collapsed before the first section; on a laptop it is a column beside the page', async () => {
    const { page } = await open('roles/ai-engineer/', PHONE);
    const bar = page.locator('.toc-bar');
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getAttribute('open')).toBeNull();
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const barBox = (await bar.boundingBox())!;
    const firstSection = (await page.locator('main section h2').first().boundingBox())!;
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(firstSection.y);
    await bar.locator('summary').click();
    await Promise.all([page.waitForURL(/#compensation$/), bar.locator('a[href="#compensation"]').click()]);
    // Picking a section folds the bar, which stays under the header, and the section's heading
    // shows below both.
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('.toc-bar')!.open);
    await page.waitForFunction(() => Math.abs(document.getElementById('compensation')!.getBoundingClientRect().top - document.querySelector('.toc-bar')!.getBoundingClientRect().bottom) < 40);
    const header = (await page.locator('.site-header').boundingBox())!;
    const stuck = (await bar.boundingBox())!;
    expect(Math.round(stuck.y)).toBe(Math.round(header.y + header.height));
    expect((await page.locator('#compensation').boundingBox())!.y).toBeGreaterThanOrEqual(stuck.y + stuck.height);
    await page.close();

    const wide = await open('roles/ai-engineer/');
    expect(await wide.page.locator('.toc-bar').isVisible()).toBe(false);
    expect(await wide.page.locator('.toc').isVisible()).toBe(true);
    await wide.page.close();
  });

  test.each([PHONE, LAPTOP])('marks the section being read (%o)', async (viewport) => {
    const { page } = await open('roles/ai-engineer/', viewport);
    const list = viewport === PHONE ? '.toc-bar' : '.toc';
    // On a phone the list is folded away until the reader opens it.
    if (viewport === PHONE) await page.locator('.toc-bar summary').click();
    const current = () => page.locator(`${list} a`).evaluateAll((links) => links.filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')));
    await page.locator('#compensation').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('compensation')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.waitForFunction((s) => document.querySelector(`${s} a[href="#compensation"]`)?.matches(':target-current'), list);
    expect(await current()).toEqual(['#compensation']);
    await page.evaluate(() => document.getElementById('day-to-day')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.waitForFunction((s) => document.querySelector(`${s} a[href="#day-to-day"]`)?.matches(':target-current'), list);
    expect(await current()).toEqual(['#day-to-day']);
    await page.close();
  });
});

describe('home', () => {
  test('links every role, each tool, and a route for each kind of reader', async () => {
    const { page } = await open('');
    const hrefs = new Set(await page.locator('main a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    const roles = readdirSync(join(SITE_DIR, 'roles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(roles.length).toBeGreaterThan(10);
    for (const id of roles) expect(hrefs, id).toContain(`${TEST_BASE}/roles/${id}/`);
    for (const tool of ['compare/', 'planner/', 'finder/']) expect(hrefs).toContain(`${TEST_BASE}/${tool}`);
    expect(await page.locator('.route h3').allTextContents()).toEqual(['Hiring for AI', 'Changing careers', 'Designing a team', 'Running it as your wiki']);
    for (const path of ['paths/', 'team-models/', 'guides/how-to-use-this-handbook/']) expect(hrefs).toContain(`${TEST_BASE}/${path}`);
    await page.close();
  });
});

describe('open menus and dialogs pass axe in both themes', () => {
  test.each(['light', 'dark'] as const)('%s: the phone menu, the search dialog with results, and the open On this page bar', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(new URL('roles/ai-engineer/', site.server.url).href);
    await page.click('.menu-button');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.toc-bar summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('engineer');
    await page.locator('#site-search-panel .result a').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the pay table on a phone', () => {
  test('stacks each figure as a block with its columns named, and scrolls nothing sideways', async () => {
    const { page } = await open('roles/ai-engineer/', PHONE);
    const table = page.locator('table.pay');
    const box = (await table.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    const wrap = await page.locator('.table-wrap:has(> .pay)').evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(wrap).toBe(true);
    const labels = await page.locator('table.pay tbody tr').first().locator('td[data-label]').evaluateAll((cells) =>
      cells.map((td) => getComputedStyle(td, '::before').content),
    );
    expect(labels).toEqual(['"Measures"', '"Level"', '"Region"', '"Source"']);
    const wide = await open('roles/ai-engineer/');
    expect(await wide.page.locator('table.pay thead').isVisible()).toBe(true);
    expect(await wide.page.locator('table.pay td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    await wide.page.close();
    await page.close();
  });
});
