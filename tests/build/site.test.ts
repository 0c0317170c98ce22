import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { findBrokenLinks, readBuiltSite } from '../../src/build/site-check/link-check.ts';
import { readContent } from '../../src/build/content-check/read.ts';
import { compileClient } from '../../src/build/client-scripts.ts';
import { contentSecurityPolicy } from '../../src/views/csp.ts';
import { FIXTURE_CONTENT, FIXTURE_DIR, ROOT, SITE_DIR, TEST_BASE } from '../support/paths.ts';

/**
 * html-validate's recommended rules: the HTML standard, and its accessibility and usage rules,
 * less three that do not fit pages like ours.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Compare's three selects share the name "role" on purpose: the form submits ?role=a&role=b.
    'form-dup-name': 'off',
    // A page's title is its own name and the site's; the finder's questions are long by nature.
    'long-title': 'off',
    // The compare and planner forms update their results in place as the reader chooses, with no
    // change of context, so they have nothing to submit (WCAG 3.2.2, which H32 serves, is met).
    'wcag/h32': 'off',
  },
});

/** Every HTML file under a built site. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));

const builds = [
  ['the handbook', resolve(ROOT, 'content'), SITE_DIR],
  ['the fixture content', FIXTURE_CONTENT, FIXTURE_DIR],
] as const;

describe.each(builds)('%s built under /handbook', (_name, contentDir, outDir) => {
  const entries = readContent(contentDir);
  const published = (collection: string) =>
    entries.filter((e) => e.collection === collection && (e.data as { draft?: boolean }).draft !== true);

  test('every page is valid HTML', async () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file.slice(outDir.length)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every published role, team model, hiring stage, path, guide and term has its page', () => {
    for (const collection of ['roles', 'team-models', 'hiring-stages', 'paths', 'guides', 'glossary']) {
      for (const entry of published(collection)) {
        const html = readFileSync(join(outDir, collection, entry.id, 'index.html'), 'utf8');
        expect(html).toContain(`<h1 id="top">${(entry.data as { title: string }).title.replace(/&/g, '&amp;')}</h1>`);
      }
    }
  });

  test('draft entries are not published', () => {
    for (const entry of entries.filter((e) => (e.data as { draft?: boolean }).draft === true)) {
      expect(() => readFileSync(join(outDir, entry.collection, entry.id, 'index.html'))).toThrow();
    }
  });

  test('every internal link and #fragment resolves', () => {
    const site = readBuiltSite(outDir, TEST_BASE, { keepHtml: true });
    expect(site.pages.size).toBeGreaterThan(10);
    expect(findBrokenLinks(site, TEST_BASE)).toEqual([]);
  });

  test('every link, asset and search bundle path carries the base path', () => {
    const site = readBuiltSite(outDir, TEST_BASE, { keepHtml: true });
    for (const [path, page] of site.pages) {
      const rootLinks = [...page.html!.matchAll(/\s(?:href|src|action|data-[a-z-]+)="(\/[^"]*)"/g)].map((m) => m[1]!);
      const outside = rootLinks.filter((href) => !href.startsWith(`${TEST_BASE}/`));
      expect(outside, path).toEqual([]);
    }
    const home = site.pages.get(`${TEST_BASE}/index.html`)!.html!;
    expect(home).toContain(`data-pagefind="${TEST_BASE}/pagefind/"`);
  });

  test('the search index was written during the build, its script minified', () => {
    expect(readdirSync(join(outDir, 'pagefind'))).toContain('pagefind.js');
    // Pagefind's own script keeps long local names ("compressed_fragment"); minified, they go.
    const script = readFileSync(join(outDir, 'pagefind', 'pagefind.js'), 'utf8');
    expect(script).not.toContain('compressed_fragment');
    expect(script).toContain('metaCacheTag');
  });

  test('the search index keeps the words of adjacent cells, terms and definitions apart', () => {
    // Pagefind breaks words at paragraphs, list items and data cells, but not at caption, th, dt
    // or dd: with no space between them, "Family" and "Engineering" would be indexed, and shown
    // in results, as "FamilyEngineering". A word with a capital inside it must come from the
    // content as written (PyTorch, DevOps), not from two elements run together.
    const written = readdirSync(contentDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    const fragments = readdirSync(join(outDir, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(5);
    const runTogether = new Set<string>();
    for (const file of fragments) {
      // A fragment is gzip-compressed JSON behind Pagefind's "pagefind_dcd" signature.
      const text = gunzipSync(readFileSync(join(outDir, 'pagefind', 'fragment', file))).toString('utf8');
      const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      for (const [word] of content.matchAll(/[\p{L}\d]*\p{Ll}[\p{Lu}\d][\p{L}\d]*/gu)) {
        if (!written.includes(word)) runTogether.add(`${url}: ${word}`);
      }
    }
    expect([...runTogether]).toEqual([]);
  });

  test('every heading has an id and a link to itself', () => {
    const site = readBuiltSite(outDir, TEST_BASE, { keepHtml: true });
    for (const [path, page] of site.pages) {
      for (const match of page.html!.matchAll(/<h([2-4])([^>]*)>/g)) {
        const id = /\sid="([^"]+)"/.exec(match[2]!)?.[1];
        expect(id, `${path}: an h${match[1]} has no id`).toBeTruthy();
        if (id === 'toc-title') continue;
        expect(page.html!, `${path}: #${id} has no link anchor`).toMatch(new RegExp(`<a href="#${id}" data-action="copy-link" aria-label="Link to section: [^"]+">`));
      }
    }
  });

  test('no page needs unsafe-inline: no style attribute or element, and no inline script at all', () => {
    const site = readBuiltSite(outDir, TEST_BASE, { keepHtml: true });
    for (const [path, page] of site.pages) {
      expect(page.html!, path).not.toMatch(/\sstyle="|<style[\s>]/);
      for (const m of page.html!.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        // schema.org data blocks are data, which no browser runs and no policy has to allow.
        if (m[1]!.includes('type="application/ld+json"')) expect(() => JSON.parse(m[2]!), path).not.toThrow();
        else expect({ path, attributes: m[1], inline: m[2] }).toMatchObject({ attributes: expect.stringMatching(/\ssrc="/), inline: '' });
      }
      expect(page.html!, path).toContain(`content="${contentSecurityPolicy({ meta: true })}"`);
      expect(page.html!, path).not.toContain("'sha256-");
    }
  });

  test('before anything is drawn, every page loads the boot script, under 1 KB, and only it: classic and blocking, after the policy and before the stylesheet', () => {
    const bootFile = readdirSync(join(outDir, '_astro')).find((f) => /^boot\.[\w-]{8}\.js$/.test(f));
    expect(bootFile).toBeDefined();
    expect(readFileSync(join(outDir, '_astro', bootFile!), 'utf8').trim()).toBe(compileClient('boot'));
    expect(statSync(join(outDir, '_astro', bootFile!)).size).toBeLessThan(1024);
    const site = readBuiltSite(outDir, TEST_BASE, { keepHtml: true });
    for (const [path, page] of site.pages) {
      const head = /<head>([\s\S]*?)<\/head>/.exec(page.html!)![1]!;
      const scripts = [...head.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((a) => !a.includes('type="application/ld+json"'));
      expect(scripts[0], path).toBe(` src="${TEST_BASE}/_astro/${bootFile}"`);
      const at = head.indexOf(`_astro/${bootFile}`);
      expect(head.indexOf('Content-Security-Policy'), path).toBeLessThan(at);
      if (head.includes('rel="stylesheet"')) expect(head.indexOf('rel="stylesheet"'), path).toBeGreaterThan(at);
    }
    // A content page runs nothing else until the reader reaches for a control.
    const role = readFileSync(join(outDir, 'roles', published('roles')[0]!.id, 'index.html'), 'utf8');
    expect([...role.matchAll(/<script\b([^>]*)>/g)].filter((m) => !m[1]!.includes('type="application/ld+json"'))).toHaveLength(1);
  });
});

describe('page weight does not grow with the number of roles', () => {
  test('outside its navigation, a role page lists no other role it does not itself refer to', () => {
    const roles = readContent(FIXTURE_CONTENT).filter((e) => e.collection === 'roles');
    const keeper = readFileSync(join(FIXTURE_DIR, 'roles/keeper/index.html'), 'utf8');
    // The sidebar lists a small section whole (at scale, its size is bounded: tests/unit/views/nav.test.ts
    // and the bench); the rest of the page names only the roles keeper refers to, builder alone.
    const sidebar = /<nav id="site-menu"[\s\S]*?<\/nav>/.exec(keeper)![0];
    expect(sidebar).toContain('/roles/planner/');
    expect(roles.map((r) => r.id)).toContain('planner');
    expect(keeper.replace(sidebar, '')).not.toContain('/roles/planner/');
    expect(gzipSync(keeper).length).toBeLessThan(8 * 1024);
  });
});

describe('tables generated from role frontmatter', () => {
  const roles = readContent(FIXTURE_CONTENT).filter((e) => e.collection === 'roles');
  const data = (id: string) => roles.find((r) => r.id === id)!.data as { title: string; focus: string; draft?: boolean };

  test('a comparison guide shows each compared role\'s focus and depth from its frontmatter', () => {
    const html = readFileSync(join(FIXTURE_DIR, 'guides/builder-vs-planner/index.html'), 'utf8');
    const table = /<table class="comparison">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain(`<td>${data('builder').focus}</td><td>${data('planner').focus}</td>`);
    expect(table).toContain('<td>High (software development)</td><td>Low to medium (conceptual)</td>');
  });

  test('the all-roles matrix has one row per published role and none for drafts', () => {
    const html = readFileSync(join(FIXTURE_DIR, 'guides/all-roles/index.html'), 'utf8');
    const rows = [...html.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    const published = roles.filter((r) => !data(r.id).draft).map((r) => data(r.id).title);
    expect(rows.sort()).toEqual(published.sort());
  });
});
