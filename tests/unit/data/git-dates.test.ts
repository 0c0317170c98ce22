import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../../src/data/git-dates.ts';

describe('last commit dates', () => {
  test('keeps the newest date of each file from git log output', () => {
    const log = '\u00002026-11-20\n\ncontent/roles/a.mdx\ncontent/roles/b.mdx\n\u00002026-10-01\n\ncontent/roles/a.mdx\ncontent/roles/c.mdx\n';
    const dates = parseGitLog(log, '/repo');
    expect(Object.fromEntries(dates)).toEqual({
      '/repo/content/roles/a.mdx': '2026-11-20',
      '/repo/content/roles/b.mdx': '2026-11-20',
      '/repo/content/roles/c.mdx': '2026-10-01',
    });
  });
});
