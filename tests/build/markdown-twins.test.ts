import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { ROLE_SECTIONS } from '../../src/views/role-sections.ts';
import { ROOT, SITE_DIR, TEST_BASE } from '../support/paths.ts';

const SITE = `https://handbook.example.org${TEST_BASE}/`;
const content = readContent(resolve(ROOT, 'content')).filter((e) => (e.data as { draft?: boolean }).draft !== true);
const published = (collection: string) => content.filter((e) => e.collection === collection);

/** Every built page's path under the site (`roles/ai-engineer/`, `` for home). */
const pagePaths = readdirSync(SITE_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name === 'index.html')
  .map((e) => relative(SITE_DIR, e.parentPath))
  .map((p) => (p ? `${p}/` : ''));
const html = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
const twin = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html.md'), 'utf8');
const declares = (path: string) => html(path).includes(`<link rel="alternate" type="text/markdown" href="${TEST_BASE}/${path}index.html.md"`);

const text = (node: Root | ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => text(c as ElementContent)).join('') : '');
function elements(node: Root | Element, test: (el: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    elements(child, test, found);
  }
  return found;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The headings of a page's content, as text, in order (the part of the page marked for search). */
function pageHeadings(path: string): string[] {
  const body = elements(fromHtml(html(path)), (el) => el.properties.dataPagefindBody !== undefined)[0]!;
  return elements(body, (el) => /^h[1-4]$/.test(el.tagName)).map((h) => `${h.tagName[1]} ${squash(text(h))}`);
}
/** The headings of a twin, with link markup and escapes taken out, in order. Headings inside list items count. */
const twinHeadings = (markdown: string) =>
  [...markdown.matchAll(/^(?:\s*(?:[-*]|\d+\.)\s+)?(#{1,4}) (.+)$/gm)].map((m) => `${m[1]!.length} ${squash(m[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1'))}`);

const contentPaths = [
  '',
  ...['roles', 'team-models', 'hiring-stages', 'paths', 'guides', 'glossary', 'sources', 'occupations'].map((c) => `${c}/`),
  ...['roles', 'team-models', 'hiring-stages', 'paths', 'guides', 'glossary'].flatMap((c) => published(c).map((e) => `${c}/${e.id}/`)),
];
const twinned = pagePaths.filter(declares);

describe('Markdown twins', () => {
  test('every content page announces its twin at its address plus index.html.md, and the twin is there; the tools have none', () => {
    expect(contentPaths.length).toBeGreaterThan(80);
    for (const path of contentPaths) {
      expect(declares(path), `${path} declares its twin`).toBe(true);
      expect(existsSync(join(SITE_DIR, path, 'index.html.md')), `${path}index.html.md`).toBe(true);
    }
    for (const path of ['search/', 'compare/', 'planner/', 'tools/']) expect(declares(path), path).toBe(false);
    expect(new Set(twinned)).toEqual(new Set(contentPaths));
  });

  test('each twin holds its page\'s headings, in order', () => {
    for (const path of twinned) expect(twinHeadings(twin(path)), path).toEqual(pageHeadings(path));
  });

  test('a role\'s twin has every section of a role page, and the role\'s own words from its data', () => {
    for (const role of published('roles')) {
      const data = role.data as { title: string; summary: string; responsibilities: string[]; compensation?: unknown[]; levels: { title: string; signals: string[] }[] };
      const md = twin(`roles/${role.id}/`);
      const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(sections, role.id).toEqual(ROLE_SECTIONS.map((s) => s.title));
      expect(md.startsWith(`# ${data.title}\n`), role.id).toBe(true);
      for (const words of [data.summary, ...data.responsibilities, ...data.levels.flatMap((l) => l.signals)]) expect(squash(md).replace(/\\(.)/g, '$1'), `${role.id}: ${words}`).toContain(squash(words));
      for (const level of data.levels) expect(md, `${role.id}: ${level.title}`).toContain(`### ${level.title}\n`);
      // One table row per published figure.
      const rows = md.slice(md.indexOf('## Compensation')).split('\n').filter((l) => l.startsWith('| $') || l.startsWith('| €') || l.startsWith('| £'));
      expect(rows.length, role.id).toBe(data.compensation?.length ?? 0);
    }
  });

  test('no twin holds page chrome, and every link in one is absolute and resolves', () => {
    for (const path of twinned) {
      // Code shows Markdown and HTML as written, links included: only the prose around it counts.
      const md = twin(path).replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]+`/g, '');
      // The title comes first: no breadcrumbs, skip link or header before it.
      expect(md.startsWith('# '), path).toBe(true);
      // Controls and links of the page's frame, as they would come out if left in (prose may name them).
      for (const chrome of [/^\[?Skip to content/m, /^Copy as (Markdown|job description)/m, /^(Export|Import|Your) progress/m, /\[Edit this page\]\(/, /^Search roles, terms, paths/m, /<(button|nav|div|svg)\b/]) expect(md, `${path}: ${chrome}`).not.toMatch(chrome);
      expect(md.endsWith(`\n\n---\n\nFrom AI Roles Handbook: <${SITE}${path}>\n`), path).toBe(true);
      for (const [, url] of md.matchAll(/\]\(([^)\s]+)\)/g)) {
        expect(url, `${path}: ${url}`).toMatch(/^https?:\/\//);
        if (!url!.startsWith(SITE)) continue;
        const { pathname, hash } = new URL(url!);
        const rest = pathname.slice(TEST_BASE.length + 1);
        const file = join(SITE_DIR, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
        expect(existsSync(file), `${path}: ${url}`).toBe(true);
        if (hash && file.endsWith('.html')) expect(readFileSync(file, 'utf8'), `${path}: ${url}`).toContain(`id="${decodeURIComponent(hash.slice(1))}"`);
      }
    }
  });
});

describe('/llms-full.txt', () => {
  const full = readFileSync(join(SITE_DIR, 'llms-full.txt'), 'utf8');
  const llms = readFileSync(join(SITE_DIR, 'llms.txt'), 'utf8');

  test('starts with the handbook\'s name and summary, then holds every twin llms.txt links, whole and in its order', () => {
    expect(full.split('\n').slice(0, 3)).toEqual(llms.split('\n').slice(0, 3));
    const urls = [...new Set([...llms.matchAll(/\]\((\S+\/index\.html\.md)\)/g)].map((m) => m[1]!))];
    expect(urls.length).toBeGreaterThan(80);
    let at = 0;
    for (const url of urls) {
      const md = readFileSync(join(SITE_DIR, new URL(url).pathname.slice(TEST_BASE.length + 1)), 'utf8');
      const found = full.indexOf(md, at);
      expect(found, url).toBeGreaterThanOrEqual(at);
      at = found + md.length;
    }
  });

  test('llms.txt links it', () => {
    expect(llms).toContain(`](${SITE}llms-full.txt)`);
  });
});
