import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { layoutShift, trackLayoutShift } from '../support/layout-shift.ts';

const site = servedSite();

const PAGES = [
  ['compare, from a pasted address', 'compare/?roles=ai-engineer,ml-engineer', '[data-compare-result] table'],
  ['a team plan with a team size', 'planner/growth-stage/embedded/?engineers=8', '[data-planner-advice] a'],
  ['the role finder', 'finder/', '#finder-step'],
  ['a learning path', 'paths/software-engineer-to-ai-engineer/', '[data-progress-text]'],
] as const;

describe('tools fill themselves in without moving the page', () => {
  test.each(PAGES)('%s: cumulative layout shift is 0', async (_name, path, ready) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await trackLayoutShift(page);
      await page.goto(new URL(path, site.server.url).href);
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(200);
      expect(await layoutShift(page), `${viewport.width}px`).toBe(0);
      await context.close();
    }
  });
});
