import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { ROOT, SITE_DIR, TEST_BASE } from '../support/paths.ts';

const text = readFileSync(join(SITE_DIR, 'llms.txt'), 'utf8');
const ORIGIN = 'https://handbook.example.org';

/** The built file an absolute handbook address answers with, and the fragment it names. */
function target(url: string): { file: string; fragment?: string } {
  const { origin, pathname, hash } = new URL(url);
  expect(origin).toBe(ORIGIN);
  expect(pathname.startsWith(`${TEST_BASE}/`), url).toBe(true);
  const path = pathname.slice(TEST_BASE.length + 1);
  return { file: join(SITE_DIR, path.endsWith('/') || path === '' ? `${path}index.html` : path), ...(hash ? { fragment: hash.slice(1) } : {}) };
}

describe('/llms.txt', () => {
  const lines = text.split('\n');
  const links = [...text.matchAll(/^- \[([^\]]+)\]\((\S+)\)(?:: (.+))?$/gm)];

  test('follows the llmstxt.org shape: a name, a one-line summary, details, then sections of link lines', () => {
    expect(lines[0]).toBe('# AI Roles Handbook');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^> \S.+[.]$/);
    expect(text.match(/^# /gm)).toHaveLength(1);
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(expect.arrayContaining(['Engineering roles', 'Team models', 'Hiring stages', 'Learning paths', 'Guides', 'Glossary', 'Data exports', 'Optional']));
    // Under each section heading, every non-empty line is one link.
    const body = text.slice(text.indexOf('\n## '));
    for (const line of body.split('\n')) if (line && !line.startsWith('## ')) expect(line, line).toMatch(/^- \[[^\]]+\]\(https:\/\/\S+\)(?:: .+)?$/);
  });

  test('links every published role, team model, stage, path, guide and glossary term', () => {
    const entries = readContent(resolve(ROOT, 'content')).filter((e) => (e.data as { draft?: boolean }).draft !== true);
    const urls = new Set(links.map((m) => m[2]));
    for (const collection of ['roles', 'team-models', 'hiring-stages', 'paths', 'guides', 'glossary'] as const) {
      for (const e of entries.filter((x) => x.collection === collection)) expect(urls.has(`${ORIGIN}${TEST_BASE}/${collection}/${e.id}/index.html.md`), `${collection}/${e.id}`).toBe(true);
    }
  });

  test('every link resolves to a built file, and every fragment to an id on its page', () => {
    expect(links.length).toBeGreaterThan(80);
    for (const [, , url] of links) {
      const { file, fragment } = target(url!);
      expect(existsSync(file), url).toBe(true);
      if (fragment) expect(readFileSync(file, 'utf8'), url).toContain(`id="${fragment}"`);
    }
  });
});
