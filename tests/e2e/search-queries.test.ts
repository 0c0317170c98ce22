import { describe, expect, test } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { watch } from '../support/page-watch.ts';

const site = servedSite();

/**
 * What readers type, and the result that must come first: titles, aliases, short forms, typos,
 * spacing and case variants, and questions. Each runs through the header's search dialog, as a
 * reader would use it. `#section` is the section the first result must open at, where it matters.
 */
const QUERIES: [query: string, first: string, section?: string][] = [
  // Titles, any case.
  ['AI Engineer', 'AI Engineer'],
  ['ml engineer', 'ML Engineer'],
  ['MLOps Engineer', 'MLOps Engineer'],
  ['prompt engineer', 'Prompt Engineer'],
  ['AI architect', 'AI Architect'],
  ['chief ai officer', 'Chief AI Officer'],
  ['AI product manager', 'AI Product Manager'],
  ['ai strategist', 'AI Strategist'],
  ['nlp engineer', 'NLP / LLM Engineer'],
  // Aliases and short forms, declared in content.
  ['CAIO', 'Chief AI Officer'],
  ['AI developer', 'AI Engineer'],
  ['LLMOps', 'MLOps Engineer'],
  ['ML Platform Engineer', 'AI Infrastructure Engineer'],
  ['vector db', 'Vector database'],
  ['RAG', 'Retrieval-augmented generation (RAG)'],
  // Separators and spacing.
  ['llm-ops', 'MLOps Engineer'],
  ['ML-Ops', 'MLOps Engineer'],
  ['ml ops', 'MLOps Engineer'],
  ['fine tuning', 'Fine-tuning'],
  ['early-stage', 'Early-stage'],
  // Typos.
  ['ai enginner', 'AI Engineer'],
  ['promt engineer', 'Prompt Engineer'],
  ['archtect', 'AI Architect'],
  ['mlosp', 'MLOps Engineer'],
  // Questions about pay open the role's pay section.
  ['ai engineer salary', 'AI Engineer', '#compensation'],
  ['how much does a prompt engineer earn', 'Prompt Engineer', '#compensation'],
  ['ml engineer pay', 'ML Engineer', '#compensation'],
  // Paths by name beat roles that share a word.
  ['data scientist to ml', 'Data scientist to ML engineer'],
  ['software engineer to ai engineer', 'Software engineer to AI engineer'],
  ['devops to mlops', 'DevOps engineer to MLOps engineer'],
  // Concepts, team models and stages.
  ['evals', 'Evaluations (evals)'],
  ['retrieval augmented generation', 'Retrieval-augmented generation (RAG)'],
  ['embedded model', 'Embedded model'],
  ['hybrid', 'Hybrid model'],
  ['ethics officer', 'AI Ethics Officer'],
];

describe('what readers type finds what they mean', () => {
  test(`${QUERIES.length} queries, each with its first result, through the search dialog`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    const page = await site.browser.newPage();
    const log = watch(page);
    await page.goto(new URL('guides/', site.server.url).href);
    await page.keyboard.press('/');
    const misses: string[] = [];
    for (const [query, first, section] of QUERIES) {
      await page.locator('#site-search-input').fill('');
      await page.keyboard.type(query);
      // Wait for this query's answer, not the last one's.
      await page.waitForFunction(
        (q) => {
          const text = document.querySelector('#site-search-panel [data-search-summary]')?.textContent ?? '';
          // "N results for “q”", or, corrected, "Showing results for … Search for “q” instead".
          return !document.querySelector<HTMLElement>('#site-search-panel')!.hidden && text.includes(`“${q}”`);
        },
        query,
      );
      const top = page.locator('#site-search-panel .result a').first();
      const title = (await top.textContent())?.trim();
      const hash = new URL((await top.getAttribute('href'))!, site.server.url).hash;
      if (title !== first || (section !== undefined && hash !== section)) misses.push(`"${query}": got ${title}${hash}, want ${first}${section ?? ''}`);
    }
    expect(misses).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
