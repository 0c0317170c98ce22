import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { checkContent, formatProblem } from '../../src/build/content-check/check.ts';
import { contentRoot } from '../../src/content-root.ts';

// One test per content file, generated from the folder, so a new page gets its checks by existing.
const entries = readContent(contentRoot());
const { problems } = checkContent(entries);

describe('content/', () => {
  test('has entries to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test.each(entries.map((e) => [e.file, e] as const))('%s parses, matches its schema and every reference resolves', (file) => {
    expect(problems.filter((p) => p.file === file).map(formatProblem)).toEqual([]);
  });
});
