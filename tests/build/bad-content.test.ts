import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture content with one file edited. */
function brokenFixture(file: string, from: string | RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-bad-'));
  made.push(dir);
  cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, after);
  return dir;
}

const CASES = [
  {
    name: 'a broken reference',
    file: 'roles/keeper.mdx',
    from: 'related: [builder]',
    to: 'related: [bulder]',
    expected: /content\/roles\/keeper\.mdx:\d+ related\[0\]: unknown role "bulder"; did you mean "builder"\? valid values: builder, keeper, planner/,
  },
  {
    name: 'a misspelled key',
    file: 'roles/planner.mdx',
    from: /^summary:/m,
    to: 'sumary:',
    expected: /content\/roles\/planner\.mdx:\d+ sumary: unknown field "sumary"; did you mean "summary"\? Accepted fields: title, aliases, summary/,
  },
  {
    name: 'a bad enum value',
    file: 'roles/builder.mdx',
    from: 'family: engineering',
    to: 'family: engneering',
    expected: /content\/roles\/builder\.mdx:5 family: is not one of the accepted values: "strategy", "engineering"/,
  },
] as const;

describe('bad content fails the build with a message naming the file, field, value and choices', () => {
  test.each(CASES)('$name', ({ file, from, to, expected }) => {
    const dir = brokenFixture(file, from, to);
    const result = astroBuild({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
    // The handbook's check answers first: Astro's loaders wait for it, so its own schema error never shows.
    expect(result.output).not.toContain('InvalidContentEntryData');
  });

  test('npm run check:content prints the same problems, one file:line line each, and exits 1', () => {
    const dir = brokenFixture('roles/keeper.mdx', 'related: [builder]', 'related: [bulder]');
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: join(dir, 'content') },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^content\/roles\/keeper\.mdx:\d+ related\[0\]: unknown role "bulder"/);
    expect(lines.at(-1)).toMatch(/^1 problem in \d+ files/);
  });
});
