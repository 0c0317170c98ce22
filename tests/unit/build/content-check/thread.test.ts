import { describe, expect, test } from 'vitest';
import { checkContentOnWorker, checkFailure } from '../../../../src/build/content-check/thread.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from '../../../support/paths.ts';

describe('content check on a worker thread', () => {
  test('answers with every entry and no problem for sound content', async () => {
    const answer = await checkContentOnWorker(FIXTURE_CONTENT);
    expect(answer.error).toBeUndefined();
    expect(answer.problems).toEqual([]);
    expect(checkFailure(FIXTURE_CONTENT, answer)).toBeUndefined();
    expect(answer.entries?.some((e) => e.collection === 'roles' && e.id === 'keeper' && (e.data as { title?: string }).title)).toBe(true);
  });

  test('answers with each problem as a file:line line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-check-'));
    cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
    const keeper = join(dir, 'content', 'roles', 'keeper.mdx');
    writeFileSync(keeper, readFileSync(keeper, 'utf8').replace('related: [builder]', 'related: [bulder]'));
    const answer = await checkContentOnWorker(join(dir, 'content'));
    rmSync(dir, { recursive: true });
    expect(answer.problems).toEqual([expect.stringMatching(/content\/roles\/keeper\.mdx:\d+ related\[0\]: unknown role "bulder"; did you mean "builder"\?/)]);
    const failure = checkFailure('content', answer);
    expect(failure).toMatch(/^The content under content has 1 problem:\n.*keeper\.mdx/);
  });

  test('reports an error that stopped the check', () => {
    expect(checkFailure('content', { error: 'Error: boom' })).toBe('The content check under content stopped with an error:\nError: boom');
  });
});
