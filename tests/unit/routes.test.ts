import { describe, expect, test } from 'vitest';
import { STATIC_PATHS, basePath, entryPath, indexPath, markdownTwinPath, withBase } from '../../src/routes.ts';
import { collectionList } from '../../src/collections.ts';
import { resolveConfig } from '../../src/build/site-config.ts';
import { contentRoot, loadedRoot, overlayFolders } from '../../src/content-root.ts';

describe('routes and base paths', () => {
  test('entry paths are lowercase with a trailing slash; sources are anchors', () => {
    expect(entryPath('roles', 'ai-engineer')).toBe('/roles/ai-engineer/');
    expect(entryPath('sources', 'pwc')).toBe('/sources/#pwc');
  });

  test('a page\'s Markdown twin is its path plus index.html.md; an anchor or a file has none', () => {
    expect(markdownTwinPath('/handbook/roles/ai-engineer/')).toBe('/handbook/roles/ai-engineer/index.html.md');
    expect(markdownTwinPath('/')).toBe('/index.html.md');
    expect(() => markdownTwinPath('/sources/#pwc')).toThrow('only a page whose path ends in "/" has a Markdown twin');
    expect(() => markdownTwinPath('/api/roles.json')).toThrow('markdownTwinPath("/api/roles.json")');
  });

  test('withBase prefixes root-relative paths only', () => {
    expect(withBase('/roles/', '/handbook/')).toBe('/handbook/roles/');
    expect(withBase('/roles/', '/')).toBe('/roles/');
    expect(withBase('https://example.com/', '/handbook/')).toBe('https://example.com/');
    expect(withBase('//cdn.example.com/x', '/handbook/')).toBe('//cdn.example.com/x');
  });

  test('HANDBOOK_SITE and HANDBOOK_BASE override the config file, and are normalised', () => {
    const file = { name: 'Handbook', site: 'https://a.example', base: '/' };
    expect(resolveConfig(file, {})).toMatchObject(file);
    expect(resolveConfig(file, { HANDBOOK_BASE: '/handbook/', HANDBOOK_SITE: 'https://wiki.corp.example/' })).toMatchObject({
      name: 'Handbook',
      site: 'https://wiki.corp.example',
      base: '/handbook',
    });
  });

  test('settings left out take their defaults', () => {
    expect(resolveConfig({ name: 'H', site: 'https://a.example', base: '/' }, {})).toEqual({
      name: 'H',
      site: 'https://a.example',
      base: '/',
      accent: { light: '#1d5fd1', dark: '#8ab4ff' },
      footerLinks: [],
      noindex: false,
      levelNames: {},
      exportPayBands: false,
      overlays: [],
    });
  });

  test('a bad override fails with the variable, the value and what is accepted', () => {
    expect(() => resolveConfig({ name: 'H', site: 'https://a.example', base: '/' }, { HANDBOOK_BASE: 'handbook' })).toThrow(
      'HANDBOOK_BASE = "handbook": must be a path starting with a slash, such as /handbook',
    );
  });

  test('the content root defaults to ./content and follows HANDBOOK_CONTENT_DIR', () => {
    expect(contentRoot({}, '/repo')).toBe('/repo/content');
    expect(contentRoot({ HANDBOOK_CONTENT_DIR: 'tests/fixtures/content' }, '/repo')).toBe('/repo/tests/fixtures/content');
    expect(contentRoot({ HANDBOOK_CONTENT_DIR: '/tmp/x' }, '/repo')).toBe('/tmp/x');
  });

  test('HANDBOOK_OVERLAY names company folders in order, separated by colons; with any, the loaders read their layered folder', () => {
    expect(overlayFolders({}, '/repo')).toEqual([]);
    expect(overlayFolders({ HANDBOOK_OVERLAY: ' ../acme : /srv/team ::' }, '/repo', ':')).toEqual(['/acme', '/srv/team']);
    // On Windows the folders are separated by ";", as in PATH, since ":" is part of a drive's name.
    expect(overlayFolders({ HANDBOOK_OVERLAY: '/srv/acme:x;/srv/team' }, '/repo', ';')).toEqual(['/srv/acme:x', '/srv/team']);
    expect(loadedRoot({}, '/repo')).toBe('/repo/content');
    const layered = loadedRoot({ HANDBOOK_OVERLAY: '../acme' }, '/repo');
    expect(layered).toMatch(/^\/repo\/node_modules\/\.astro\/layered-[0-9a-f]{12}$/);
    // Another set or order of folders is another folder, so two builds never share one.
    expect(loadedRoot({ HANDBOOK_OVERLAY: '../acme:/srv/team' }, '/repo')).not.toBe(layered);
    expect(loadedRoot({ HANDBOOK_OVERLAY: '/srv/team:../acme' }, '/repo')).not.toBe(loadedRoot({ HANDBOOK_OVERLAY: '../acme:/srv/team' }, '/repo'));
  });
});

describe('paths from the collection records', () => {
  test('every collection index and tool is a page the site always has', () => {
    for (const { name, record } of collectionList()) {
      expect(STATIC_PATHS).toContain(indexPath(name));
      expect(record.path).toMatch(/^\/[a-z-]+\/$/);
    }
    expect(STATIC_PATHS).toEqual(expect.arrayContaining(['/', '/search/', '/tools/', '/compare/', '/planner/']));
  });

  test('an entry is reached at its own page, an anchor on the index, or the index itself', () => {
    expect(entryPath('glossary', 'rag')).toBe('/glossary/rag/');
    expect(entryPath('finder', 'anything')).toBe('/finder/');
  });

  test('outside Astro there is no base to fall back on: it must be passed', () => {
    expect(() => basePath({})).toThrow(/only known while Astro renders pages; outside it, pass the configured base to withBase\(path, base\)/);
    expect(basePath({ BASE_URL: '/handbook' })).toBe('/handbook/');
  });
});
