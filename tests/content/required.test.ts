import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { contentRoot } from '../../src/content-root.ts';

// The handbook promises these pages; their ids are public URLs.
const REQUIRED = {
  roles: [
    'ai-strategist', 'ai-engineer', 'ml-engineer', 'ai-lead', 'mlops-engineer', 'ai-infrastructure-engineer',
    'ai-architect', 'llm-engineer', 'prompt-engineer', 'ai-data-engineer', 'ai-ethics-officer',
    'ai-product-manager', 'chief-ai-officer', 'ai-designer', 'ai-consultant', 'ai-research-scientist',
    'ai-program-manager',
  ],
  'team-models': ['embedded', 'platform', 'hybrid'],
  'hiring-stages': ['early-stage', 'growth-stage', 'enterprise'],
  paths: ['software-engineer-to-ai-engineer', 'data-scientist-to-ml-engineer', 'devops-to-mlops-engineer', 'product-manager-to-ai-product-manager'],
  guides: [
    'how-to-use-this-handbook', 'add-or-change-a-role', 'ai-engineer-vs-ml-engineer',
    'strategist-vs-product-manager-vs-architect', 'mlops-vs-ai-infrastructure-vs-ml-platform',
    'prompt-engineer-vs-ai-engineer', 'all-roles-matrix',
  ],
} as const;

const entries = readContent(contentRoot());
const published = (collection: string) =>
  new Set(entries.filter((e) => e.collection === collection && (e.data as { draft?: boolean } | undefined)?.draft !== true).map((e) => e.id));

describe('the handbook has every page it promises', () => {
  test.each(Object.entries(REQUIRED))('%s', (collection, ids) => {
    const have = published(collection);
    expect(ids.filter((id) => !have.has(id))).toEqual([]);
  });

  test('at least 30 glossary terms', () => {
    expect(published('glossary').size).toBeGreaterThanOrEqual(30);
  });
});
