import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../support/served-site.ts';
import { layoutShift, trackLayoutShift } from '../support/layout-shift.ts';
import { watch } from '../support/page-watch.ts';

const site = servedSite();
const PATH = 'paths/software-engineer-to-ai-engineer/';
const OTHER = 'handbook-path:devops-to-mlops-engineer';

const progressText = (page: Page) => page.locator('[data-progress-text]').textContent();
const message = (page: Page) => page.locator('[data-progress-message]').textContent();

describe('following a learning path', () => {
  test('ticked steps show on the progress bar and survive a reload', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(new URL(PATH, site.server.url).href);
    const boxes = page.locator('input[data-step-check]');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(4);
    expect(await progressText(page)).toBe(`0 of ${total} steps done`);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    expect(await progressText(page)).toBe(`2 of ${total} steps done`);
    expect(await page.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(2);
    await page.reload();
    expect(await progressText(page)).toBe(`2 of ${total} steps done`);
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    // A finished step is marked at its edge; an open one is not, and the mark moves nothing.
    const steps = page.locator('ol.steps > li');
    const edge = (i: number) => steps.nth(i).evaluate((li) => [getComputedStyle(li).borderLeftColor, getComputedStyle(li).borderLeftWidth]);
    const [done, open] = [await edge(0), await edge(1)];
    expect(done[0]).not.toBe(open[0]);
    expect(open[0]).toBe('rgba(0, 0, 0, 0)');
    expect(done[1]).toBe(open[1]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  test('progress exported to a file imports into another browser', async () => {
    const first = await site.browser.newContext({ acceptDownloads: true });
    const page = await first.newPage();
    await page.goto(new URL(PATH, site.server.url).href);
    await page.locator('input[data-step-check]').nth(1).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'handbook-progress-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('handbook-progress.json');
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(exported.paths)).toEqual(['software-engineer-to-ai-engineer']);
    await first.close();

    const second = await site.browser.newContext();
    const fresh = await second.newPage();
    await fresh.goto(new URL(PATH, site.server.url).href);
    const total = await fresh.locator('input[data-step-check]').count();
    expect(await progressText(fresh)).toBe(`0 of ${total} steps done`);
    const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: 'Import progress' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => progressText(fresh)).toBe(`1 of ${total} steps done`);
    expect(await fresh.locator('input[data-step-check]').nth(1).isChecked()).toBe(true);
    expect(await message(fresh)).toBe('Imported progress for 1 path.');
    await fresh.reload();
    expect(await progressText(fresh)).toBe(`1 of ${total} steps done`);
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('corrupt stored data gives a message and a fresh start, and other paths keep their progress', async () => {
    const context = await site.browser.newContext();
    const otherProgress = JSON.stringify({ version: 1, done: { anything: '2026-11-01' } });
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('handbook-path:software-engineer-to-ai-engineer', '{"done": [broken');
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    }, [OTHER, otherProgress]);
    const page = await context.newPage();
    const log = watch(page);
    await page.goto(new URL(PATH, site.server.url).href);
    expect(await message(page)).toMatch(/could not be read, so it starts afresh/);
    expect(await progressText(page)).toMatch(/^0 of \d+ steps done$/);
    await page.locator('input[data-step-check]').first().check();
    expect(await page.evaluate((k) => localStorage.getItem(k), OTHER)).toBe(otherProgress);
    expect(await page.evaluate(() => localStorage.getItem('handbook-path:software-engineer-to-ai-engineer:unreadable'))).toBe('{"done": [broken');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  test('progress saved against an older shape of the path keeps the steps that remain and says what was dropped', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(PATH, site.server.url).href);
    const first = await page.locator('input[data-step-check]').first().getAttribute('data-step-check');
    await page.evaluate(([key]) => {
      localStorage.setItem('handbook-path:software-engineer-to-ai-engineer', JSON.stringify({ version: 1, done: { [key!]: '2026-11-01', 'a-step-that-was-removed': '2026-11-02' } }));
    }, [first]);
    await page.reload();
    expect(await message(page)).toBe('1 saved step is no longer part of this path and was left out.');
    expect(await progressText(page)).toMatch(/^1 of \d+ steps done$/);
    await context.close();
  });

  test('without JavaScript the path is a plain ordered list, with no controls', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(PATH, site.server.url).href);
    expect(await page.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-progress]').isVisible()).toBe(false);
    expect(await page.locator('input[data-step-check]').first().isVisible()).toBe(false);
    await context.close();
  });

  test('the controls cause no layout shift, and the script loads only on path pages', async () => {
    const page = await site.browser.newPage();
    await trackLayoutShift(page);
    const log = watch(page);
    await page.goto(new URL(PATH, site.server.url).href);
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBe(0);
    expect(log.requests.some((u) => u.includes('path-progress'))).toBe(true);
    const role = await site.browser.newPage();
    const roleLog = watch(role);
    await role.goto(new URL('roles/ai-engineer/', site.server.url).href);
    await role.waitForLoadState('networkidle');
    expect(roleLog.requests.some((u) => u.includes('path-progress'))).toBe(false);
    await page.close();
    await role.close();
  });
});
