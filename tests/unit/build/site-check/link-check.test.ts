import { describe, expect, test } from 'vitest';
import { findBrokenLinks, missingEntryPages, parsePage, type BuiltSite } from '../../../../src/build/site-check/link-check.ts';
import type { CollectionName } from '../../../../src/schemas/common.ts';
import type { CheckedEntry } from '../../../../src/build/content-check/check.ts';

describe('link check', () => {
  const page = (html: string, ids: string[] = []) => ({ ...parsePage(html), ids: new Set(ids) });
  const site: BuiltSite = {
    files: new Set(['/h/index.html', '/h/roles/a/index.html', '/h/_astro/x.css', '/h/404.html']),
    pages: new Map([
      ['/h/index.html', page('<a href="/h/roles/a/#pay">ok</a><a href="/h/roles/b/">missing</a><a href="roles/a/#nope">bad fragment</a><link href="/h/_astro/x.css"><a href="https://example.com/">external</a>')],
      ['/h/roles/a/index.html', page('<a href="../../">home</a><a href="#pay">self</a><a href="/roles/a/">no base</a><a href="/h/roles/a">no slash</a>', ['pay'])],
      ['/h/404.html', page('<a href="roles/a/">relative</a>')],
    ]),
  };

  test('names the published entries that got no page, leaving out drafts and sources', () => {
    const entry = (collection: CollectionName, id: string, draft = false) => ({ collection, id, file: `content/${collection}/${id}.mdx`, data: { draft } }) as unknown as CheckedEntry;
    const entries = [entry('roles', 'a'), entry('roles', 'b'), entry('roles', 'c', true), entry('sources', 's')];
    expect(missingEntryPages(entries, site.files, '/h/')).toEqual(['content/roles/b.mdx']);
    expect(missingEntryPages(entries, new Set(), '/h/')).toEqual(['content/roles/a.mdx', 'content/roles/b.mdx']);
  });

  test('reports missing pages, missing fragments, links outside the base and relative links on the 404 page', () => {
    expect(findBrokenLinks(site, '/h/').map((b) => `${b.page} ${b.href}: ${b.reason}`)).toEqual([
      '/h/index.html /h/roles/b/: no file at /h/roles/b/',
      '/h/index.html roles/a/#nope: no element with id "nope" on /h/roles/a/',
      '/h/roles/a/index.html /roles/a/: points outside the base path /h/',
      '/h/roles/a/index.html /h/roles/a: no file at /h/roles/a (the page is /h/roles/a/)',
      '/h/404.html roles/a/: the 404 page is served at any path, so its links must be root-relative',
    ]);
  });
});
