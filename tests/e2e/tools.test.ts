import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { contentRoot } from '../../src/content-root.ts';
import { finderPages } from '../../src/views/finder.ts';
import { finderSchema } from '../../src/schemas/finder.ts';
import { hiringStageSchema } from '../../src/schemas/hiring-stage.ts';
import { servedSite } from '../support/served-site.ts';
import { watch } from '../support/page-watch.ts';

const site = servedSite();
const entries = readContent(contentRoot());
const roleData = (id: string) => entries.find((e) => e.collection === 'roles' && e.id === id)!.data as { title: string; focus: string; hiringStage: string };
const url = (path: string) => new URL(path, site.server.url).href;

describe('compare roles', () => {
  test('a comparison from a URL shows each role from its frontmatter, and marks what they share', async () => {
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.goto(url('compare/?roles=ai-engineer,llm-engineer'));
    const table = page.locator('[data-compare-result] table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([roleData('ai-engineer').title, roleData('llm-engineer').title]);
    const focus = await table.locator('tr', { has: page.locator('th', { hasText: /^Focus$/ }) }).locator('td').allTextContents();
    expect(focus).toEqual([roleData('ai-engineer').focus, roleData('llm-engineer').focus]);
    expect(await table.locator('.shared').count()).toBeGreaterThan(0);
    expect(await page.locator('select[data-compare-pick]').nth(1).inputValue()).toBe('llm-engineer');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('says so when the address names a role twice or one that does not exist, and when a role is picked twice', async () => {
    const page = await site.browser.newPage();
    await page.goto(url('compare/?roles=ai-engineer,ai-engineer,no-such-role,llm-engineer'));
    await page.locator('[data-compare-result] table').waitFor();
    const notes = page.locator('[data-compare-result] .compare-note');
    expect(await notes.allTextContents()).toEqual([
      `${roleData('ai-engineer').title} is chosen more than once; it is compared once.`,
      'The address names a role that is not in the handbook: “no-such-role”. It is left out.',
    ]);
    await page.getByLabel('Second role').selectOption('ai-engineer');
    await expect.poll(() => notes.allTextContents()).toEqual([`${roleData('ai-engineer').title} is chosen more than once; it is compared once.`]);
    expect(await page.locator('[data-compare-result] .compare-hint').textContent()).toBe('Choose at least two different roles to compare them.');
    await page.close();
  });

  test('picking roles puts the choice in the address', async () => {
    const page = await site.browser.newPage();
    await page.goto(url('compare/'));
    await page.getByLabel('First role').selectOption('mlops-engineer');
    await page.getByLabel('Second role').selectOption('ai-infrastructure-engineer');
    await page.getByLabel('Third role (optional)').selectOption('ml-engineer');
    await page.locator('[data-compare-result] table thead th').nth(2).waitFor();
    expect(new URL(page.url()).searchParams.get('roles')).toBe('mlops-engineer,ai-infrastructure-engineer,ml-engineer');
    await page.close();
  });

  test('without JavaScript the page shows every role and the curated comparisons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('compare/?roles=ai-engineer,ml-engineer'));
    const roles = entries.filter((e) => e.collection === 'roles' && (e.data as { draft?: boolean }).draft !== true);
    expect(await page.locator('table.matrix tbody tr').count()).toBe(roles.length);
    expect(await page.locator('section[aria-labelledby="curated"] a[href*="/guides/"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('form[data-compare]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('plan a team', () => {
  const stage = (id: string) => hiringStageSchema.parse(entries.find((e) => e.collection === 'hiring-stages' && e.id === id)!.data);

  test('a plan from the controls: roles in the stage\'s order, the address follows the choice', async () => {
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.goto(url('planner/'));
    await page.getByLabel('Stage').selectOption('growth-stage');
    await page.getByLabel('Team model').selectOption('hybrid');
    await page.waitForURL(url('planner/growth-stage/hybrid/'));
    const hire = await page.locator('#plan section[aria-labelledby="hire-now"] ol > li > a').allTextContents();
    expect(hire).toEqual(stage('growth-stage').hireOrder.map((h) => roleData(h.role).title));
    const waits = await page.locator('#plan section[aria-labelledby="skip"] li > a:first-child').allTextContents();
    const enterpriseOnly = entries
      .filter((e) => e.collection === 'roles' && roleData(e.id).hiringStage === 'enterprise')
      .map((e) => roleData(e.id).title);
    expect(new Set(waits)).toEqual(new Set(enterpriseOnly));
    await page.getByLabel('AI engineers you have (optional)').fill('8');
    await page.getByLabel('Team model').selectOption('embedded');
    await page.waitForURL(url('planner/growth-stage/embedded/?engineers=8'));
    await expect.poll(() => page.locator('[data-planner-advice]').textContent()).toContain('the hybrid model is the usual shape for teams of 6 or more AI engineers');
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test('a pasted plan address opens with the choice made, with or without JavaScript', async () => {
    const page = await site.browser.newPage();
    await page.goto(url('planner/early-stage/platform/?engineers=2'));
    expect(await page.getByLabel('Stage').inputValue()).toBe('early-stage');
    expect(await page.getByLabel('AI engineers you have (optional)').inputValue()).toBe('2');
    await page.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(url('planner/'));
    expect(await plain.locator('table.plans a').count()).toBe(9);
    await plain.locator('table.plans a').first().click();
    expect(await plain.locator('#plan section[aria-labelledby="hire-now"] li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('which role do I need?', () => {
  const finder = finderSchema.parse(entries.find((e) => e.collection === 'finder')!.data);
  const results = finderPages(finder).filter((p) => p.kind === 'result');

  test.each(results.map((r) => [r.trail.map((s) => s.answer).join(' / '), r] as const))('answers: %s', async (_name, result) => {
    if (result.kind !== 'result') throw new Error('not a result');
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.goto(url('finder/'));
    for (const step of result.trail) {
      await page.getByRole('link', { name: step.answer, exact: true }).click();
    }
    await page.locator('.finder-recommend').waitFor();
    const recommended = await page.locator('.finder-recommend > li > a').allTextContents();
    expect(recommended).toEqual(result.recommend.map((r) => roleData(r.role).title));
    expect(await page.locator('.finder-ruled-out li > a').allTextContents()).toEqual(result.ruledOut.map((r) => roleData(r.role).title));
    // Next steps: each recommended role's job description, and the planner at the first one's stage.
    const next = await page.locator('.finder-next a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search));
    for (const r of result.recommend) expect(next).toContain(`/handbook/roles/${r.role}/job-description.md`);
    expect(next).toContain(`/handbook/planner/?stage=${roleData(result.recommend[0]!.role).hiringStage}`);
    if (result.recommend.length > 1 || result.ruledOut.length > 0) expect(next.some((n) => n.startsWith('/handbook/compare/?roles='))).toBe(true);
    expect(page.url()).toBe(url(result.path.slice(1).replace(/^finder/, 'finder')));
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test("an answer's next step to the planner opens it at the role's stage", async () => {
    const result = results.find((r) => r.kind === 'result')!;
    if (result.kind !== 'result') throw new Error('not a result');
    const page = await site.browser.newPage();
    await page.goto(url(result.path.slice(1)));
    await page.locator('.finder-next a[href*="/planner/"]').click();
    await expect.poll(() => page.locator('select[name="stage"]').inputValue()).toBe(roleData(result.recommend[0]!.role).hiringStage);
    await page.close();
  });

  test('steps replace each other in place, focus follows, and the back button returns to the question', async () => {
    const page = await site.browser.newPage();
    await page.goto(url('finder/'));
    // A value on the window survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    const first = finder.questions.find((q) => q.id === finder.start)!;
    const answer = first.answers.find((a) => a.next)!;
    await page.getByRole('link', { name: answer.label, exact: true }).click();
    const next = finder.questions.find((q) => q.id === answer.next)!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(next.text);
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(page.url()).toBe(url(`finder/${next.id}/`));
    await page.goBack();
    await expect.poll(() => page.locator('#finder-step').textContent()).toBe(first.text);
    await page.close();
  });
});

describe('tool scripts', () => {
  test('load only on their own pages: a role page fetches none of them', async () => {
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.goto(url('roles/ai-engineer/'));
    await page.waitForLoadState('networkidle');
    expect(log.requests.filter((u) => /(compare|planner|finder|path-progress)\.[^/]*\.js/.test(u))).toEqual([]);
    await page.close();
  });
});
