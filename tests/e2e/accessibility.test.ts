import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { axeViolations } from '../support/axe.ts';

const site = servedSite();

const PAGES = [
  ['home', ''],
  ['roles index', 'roles/'],
  ['role', 'roles/ai-engineer/'],
  ['team model', 'team-models/hybrid/'],
  ['hiring stage', 'hiring-stages/growth-stage/'],
  ['learning path', 'paths/software-engineer-to-ai-engineer/'],
  ['comparison guide', 'guides/ai-engineer-vs-ml-engineer/'],
  ['all-roles matrix', 'guides/all-roles-matrix/'],
  ['glossary', 'glossary/'],
  ['glossary term', 'glossary/rag/'],
  ['sources', 'sources/'],
  ['search results', 'search/?q=engineer'],
  ['404', 'no/such/page/'],
  ['compare with a choice', 'compare/?roles=ai-engineer,ml-engineer,prompt-engineer'],
  ['team plan', 'planner/growth-stage/embedded/?engineers=8'],
  ['role finder question', 'finder/'],
  ['role finder answer', 'finder/train-or-use/1/'],
] as const;

// Two pages at a time: axe's work is the page's own, one on each core.
describe.concurrent.each(['light', 'dark'] as const)('axe-core finds no violation in the %s theme', (colorScheme) => {
  test.each(PAGES)('%s', async (_name, path) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(new URL(path, site.server.url).href);
    if (path.startsWith('search/')) await page.locator('main .result').first().waitFor();
    if (path.startsWith('compare/')) await page.locator('[data-compare-result] table').waitFor();
    if (path.includes('engineers=')) await page.locator('[data-planner-advice] a').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('with search results open in place', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(new URL('roles/', site.server.url).href);
    await page.keyboard.press('/');
    await page.keyboard.type('evaluation');
    await page.locator('#site-search-panel .result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
