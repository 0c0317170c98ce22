import { describe, expect, test } from 'vitest';
import { isSearchable, parsePage } from '../../src/build/site-check/link-check.ts';
import { htmlFiles, indexMismatch } from '../../src/build/search-index/write.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURE_DIR, ROOT, SITE_DIR } from '../support/paths.ts';

describe('search index after the build', () => {
  test('lists every page written in a fixed order, and tells those marked for search', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-index-'));
    try {
      mkdirSync(join(dir, 'roles', 'a'), { recursive: true });
      writeFileSync(join(dir, 'roles', 'old-a.html'), '<meta http-equiv="refresh" content="0; url=/roles/a/">');
      writeFileSync(join(dir, 'roles', 'a', 'index.html'), '<article data-pagefind-body>A</article>');
      writeFileSync(join(dir, 'index.html'), '<main data-pagefind-body>Home</main>');
      writeFileSync(join(dir, 'roles', 'a', 'notes.md'), 'data-pagefind-body');
      expect(htmlFiles(dir)).toEqual(['index.html', 'roles/a/index.html', 'roles/old-a.html']);
      expect(isSearchable('<article data-pagefind-body>A</article>')).toBe(true);
      expect(isSearchable('<meta http-equiv="refresh" content="0; url=/roles/a/">')).toBe(false);
      // The build's own read of the site tells the same.
      expect(parsePage('<article data-pagefind-body><a href="/x/">x</a></article>').searchable).toBe(true);
      expect(parsePage('<meta http-equiv="refresh" content="0; url=/roles/a/">').searchable).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('indexes a built site, and exits 1 naming the problem when no page is marked for search', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-index-'));
    const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), dir], { encoding: 'utf8' });
    try {
      writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><nav>Menu</nav><main>Home</main></body></html>');
      const unmarked = run();
      expect(unmarked.status).toBe(1);
      expect(unmarked.stderr).toContain(`No page under ${dir} is marked for search`);
      mkdirSync(join(dir, 'roles', 'a'), { recursive: true });
      writeFileSync(join(dir, 'roles', 'a', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>LLMOps engineer</h1></main></body></html>');
      const marked = run();
      expect(marked.status, marked.stderr).toBe(0);
      expect(marked.stdout).toMatch(/^search index: 1 pages, written in \d+ ms$/m);
      expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(1);
      // The build hands over the count it made as it read the site. A count the index does not
      // match is checked against the pages themselves before it fails the build.
      const counted = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), dir, '--searchable', '2'], { encoding: 'utf8' });
      expect(counted.status, counted.stderr).toBe(0);
      expect(counted.stdout).toMatch(/^search index: 1 pages, written in \d+ ms$/m);
      for (const bad of [['--searchable', 'many'], ['--searchable', '1e1'], ['--searchable']]) {
        const run = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), dir, ...bad], { encoding: 'utf8' });
        expect(run.status, bad.join(' ')).toBe(2);
        expect(run.stderr, bad.join(' ')).toMatch(/^(--searchable must be a whole number of at least 0, not "(many|1e1)"|search index: Option '--searchable <value>' argument missing)\n/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  test('an index holding another number of pages than are marked for search is a failure', () => {
    expect(indexMismatch(2, 2)).toBeUndefined();
    expect(indexMismatch(3, 2)).toBe('The search index holds 2 pages, but 3 pages are marked for search (data-pagefind-body)');
    expect(indexMismatch(1, 0)).toBe('The search index holds 0 pages, but 1 page is marked for search (data-pagefind-body)');
  });
});

describe('every build command writes the whole site', () => {
  // tests/support/build-sites.ts builds the handbook with npm run build and the fixture with astro build alone.
  test.each([
    ['npm run build, once Astro has exited', SITE_DIR, /^search index: (\d+) pages, written in \d+ ms$/m],
    ['astro build alone, in its last hook', FIXTURE_DIR, /\[handbook:search-index\] search index: (\d+) pages, written in \d+ ms/],
  ])('%s: the index holds every page marked for search', (_, dir, said) => {
    const marked = htmlFiles(dir).filter((file) => isSearchable(readFileSync(join(dir, file), 'utf8'))).length;
    expect(marked).toBeGreaterThan(5);
    const log = readFileSync(`${dir}.log`, 'utf8');
    expect(Number(said.exec(log)?.[1]), log.slice(-1000)).toBe(marked);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked);
  });
});
