import { describe, expect, test } from 'vitest';
import { byOrderThenTitle, byTitle, depthText, groupByFamily, payRange, periodText, pick, rolesByTerm, rolesInModel } from '../../src/views/format.ts';
import { entryPath, withBase } from '../../src/routes.ts';
import { resolveConfig } from '../../src/build/site-config.ts';
import { findBrokenLinks, isSearchable, missingEntryPages, parsePage, type BuiltSite } from '../../src/build/site-check/link-check.ts';
import type { CollectionName } from '../../src/schemas/common.ts';
import type { CheckedEntry } from '../../src/build/content-check/check.ts';
import { findReferences } from '../../src/schemas/walk.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { contentRoot } from '../../src/content-root.ts';
import { chromiumPath } from '../../scripts/lib/browser.ts';
import { nginxPath } from '../../scripts/lib/nginx.ts';
import { contrast } from '../../src/schemas/color.ts';
import { parseGitLog } from '../../src/data/git-dates.ts';
import { textOn, themeCss } from '../../src/build/theme.ts';
import { htmlFiles, indexMismatch } from '../../src/build/search-index/write.ts';
import { childrenCpuSeconds, ownMemory, stolenCpuSeconds } from '../../scripts/bench/build-site.ts';
import { median, summariseRuns, type MeasuredRun } from '../../scripts/bench/runs.ts';
import { outputByKind } from '../../scripts/bench/output.ts';
import { STORE_MODULE, contentStoreFromFile } from '../../src/build/astro-internals/content-store.ts';
import { ROLE_FILES_MANIFEST, writeRoleFiles } from '../../src/build/astro-internals/role-files-manifest.ts';
import { checkContentOnWorker, checkFailure } from '../../src/build/content-check/thread.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

describe('ordering and grouping', () => {
  test('sorts by title without regard to case, and by order first where set', () => {
    const list = [{ data: { title: 'b', order: 1 } }, { data: { title: 'A', order: 2 } }, { data: { title: 'c', order: 1 } }];
    expect([...list].sort(byTitle).map((e) => e.data.title)).toEqual(['A', 'b', 'c']);
    expect([...list].sort(byOrderThenTitle).map((e) => e.data.title)).toEqual(['b', 'c', 'A']);
  });

  test('groups roles by family in the fixed family order and drops empty families', () => {
    const roles = [{ id: 'x', data: { family: 'product' as const } }, { id: 'y', data: { family: 'strategy' as const } }];
    expect(groupByFamily(roles).map((g) => g.label)).toEqual(['Strategy', 'Product']);
  });

  test('lists the roles that use each term, and the roles placed in a model', () => {
    const roles = [
      { id: 'a', data: { title: 'A', terms: ['rag'], teamModels: [{ model: 'hybrid', placement: 'In the platform team.' }] } },
      { id: 'b', data: { title: 'B', terms: ['rag', 'evals'], teamModels: [] } },
    ];
    expect(rolesByTerm(roles).get('rag')?.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rolesInModel('hybrid', roles)).toEqual([{ id: 'a', title: 'A', placement: 'In the platform team.' }]);
  });

  test('pick returns entries in the order asked and throws on an unknown id', () => {
    const map = new Map([['a', 1], ['b', 2]]);
    expect(pick(map, ['b', 'a'])).toEqual([2, 1]);
    expect(() => pick(map, ['c'])).toThrow('Unresolved reference "c"');
  });
});

describe('labels', () => {
  test('formats pay ranges, single figures and open-ended bands', () => {
    expect(payRange({ min: 130000, max: 180000, openEnded: false, currency: 'USD' })).toBe('$130,000 to $180,000');
    expect(payRange({ min: 145600, max: 145600, openEnded: false, currency: 'USD' })).toBe('$145,600');
    expect(payRange({ min: 90000, max: 400000, openEnded: true, currency: 'USD' })).toBe('$90,000 to $400,000+');
  });

  test('writes periods and depth in words', () => {
    expect(periodText('2026')).toBe('2026');
    expect(periodText('2026-01')).toBe('January 2026');
    expect(periodText('2026-03-05')).toBe('5 March 2026');
    expect(depthText({ level: 'low-medium', note: 'conceptual' })).toBe('Low to medium (conceptual)');
  });
});

describe('routes and base paths', () => {
  test('entry paths are lowercase with a trailing slash; sources are anchors', () => {
    expect(entryPath('roles', 'ai-engineer')).toBe('/roles/ai-engineer/');
    expect(entryPath('sources', 'pwc')).toBe('/sources/#pwc');
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
});

describe('reference discovery', () => {
  test('finds every reference in a role, however deeply nested', () => {
    const found = findReferences(roleSchema, {
      related: ['a'],
      doesNot: [{ task: 't', owner: 'b' }],
      confusedWith: [{ role: 'c', difference: 'd' }],
      teamModels: [{ model: 'hybrid', placement: 'p' }],
      hiringStage: 'early-stage',
      compensation: [{ source: 's1' }],
      terms: ['rag'],
      sources: ['s2'],
    });
    expect(found.map((f) => `${f.collection}:${f.value}@${f.path.join('.')}`)).toEqual([
      'roles:b@doesNot.0.owner',
      'roles:c@confusedWith.0.role',
      'roles:a@related.0',
      'team-models:hybrid@teamModels.0.model',
      'hiring-stages:early-stage@hiringStage',
      'sources:s1@compensation.0.source',
      'glossary:rag@terms.0',
      'sources:s2@sources.0',
    ]);
  });
});

describe('reference discovery in unions', () => {
  test('finds role ids in a guide comparison list, and none in "all"', () => {
    expect(findReferences(guideSchema, { compare: ['a', 'b'] }).map((f) => `${f.collection}:${f.value}@${f.path.join('.')}`)).toEqual([
      'roles:a@compare.0',
      'roles:b@compare.1',
    ]);
    expect(findReferences(guideSchema, { compare: 'all' })).toEqual([]);
  });
});

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

describe('role files from the build manifest', () => {
  const site = () => mkdtempSync(join(tmpdir(), 'handbook-role-files-'));
  const manifest = (dir: string, files: unknown) => writeFileSync(join(dir, `${ROLE_FILES_MANIFEST}.json`), JSON.stringify(files));

  test('writes each file under the output folder and removes the manifest', () => {
    const dir = site();
    mkdirSync(join(dir, 'roles', 'a'), { recursive: true });
    manifest(dir, [
      { path: 'api/roles/a.json', body: '{"id":"a"}' },
      { path: 'roles/a/job-description.md', body: '# A\n' },
      { path: 'compare/roles/a.json', body: '{}' },
    ]);
    expect(writeRoleFiles(dir)).toBe(3);
    expect(readFileSync(join(dir, 'api/roles/a.json'), 'utf8')).toBe('{"id":"a"}');
    expect(readFileSync(join(dir, 'roles/a/job-description.md'), 'utf8')).toBe('# A\n');
    expect(readFileSync(join(dir, 'compare/roles/a.json'), 'utf8')).toBe('{}');
    expect(() => readFileSync(join(dir, `${ROLE_FILES_MANIFEST}.json`))).toThrow(/ENOENT/);
    rmSync(dir, { recursive: true });
  });

  test('fails when the build wrote no manifest, or the manifest names a path outside the output folder', () => {
    const dir = site();
    expect(() => writeRoleFiles(dir)).toThrow(/The build wrote no _handbook-role-files\.json/);
    for (const path of ['../outside.json', '/etc/x.json', 'roles/../../x.json', 'roles/']) {
      manifest(dir, [{ path, body: '' }]);
      expect(() => writeRoleFiles(dir), path).toThrow(`names "${path}", which is not a file inside the output folder`);
    }
    for (const entry of [{ path: '', body: '' }, { path: 'a.json' }, { path: 'a.json', body: 3 }, null]) {
      manifest(dir, [entry]);
      expect(() => writeRoleFiles(dir), JSON.stringify(entry)).toThrow(/holds an entry that is not \{ path, body \}/);
    }
    manifest(dir, { path: 'a.json', body: '' });
    expect(() => writeRoleFiles(dir)).toThrow(/is not a list of files/);
    rmSync(dir, { recursive: true });
  });
});

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
    expect(missingEntryPages(entries, site, '/h/')).toEqual(['content/roles/b.mdx']);
    expect(missingEntryPages(entries, { files: new Set(), pages: new Map() }, '/h/')).toEqual(['content/roles/a.mdx', 'content/roles/b.mdx']);
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

describe('content store read from its file', () => {
  const server = { environment: { name: 'ssr' } };

  test("the server bundle's store module parses Astro's store file when imported", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-store-'));
    try {
      const file = join(dir, "data-store's.json");
      writeFileSync(file, JSON.stringify([{ roles: 1 }, 'ai-engineer']));
      const store = contentStoreFromFile(file);
      expect(store.used()).toBe(false);
      const code = store.plugin.load.handler.call(server, STORE_MODULE)!;
      expect(store.used()).toBe(true);
      expect(code).not.toContain('ai-engineer');
      writeFileSync(join(dir, 'store.mjs'), code);
      const loaded = await import(pathToFileURL(join(dir, 'store.mjs')).href);
      expect(loaded.default).toEqual([{ roles: 1 }, 'ai-engineer']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('leaves other modules and browser code to Astro, and fails on a missing store file', () => {
    const store = contentStoreFromFile('/nowhere/data-store.json');
    expect(store.plugin.load.handler.call(server, '\0astro:content')).toBeUndefined();
    expect(store.plugin.load.handler.call({ environment: { name: 'client' } }, STORE_MODULE)).toBeUndefined();
    expect(store.used()).toBe(false);
    expect(() => store.plugin.load.handler.call(server, STORE_MODULE)).toThrow(/content store is not at \/nowhere\/data-store\.json/);
    expect(store.plugin.load.filter.id.test(STORE_MODULE)).toBe(true);
  });
});

describe('benchmark', () => {
  test("reads children's CPU time from /proc/self/stat, whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const stat = '4242 (node ) (x) S 1 4242 4242 0 -1 4194304 10 20 0 0 700 30 1234 66 20 0 11 0 100';
    expect(childrenCpuSeconds(stat)).toEqual({ user: 12.34, system: 0.66 });
    expect(childrenCpuSeconds().user).toBeGreaterThanOrEqual(0);
  });

  test('reads the CPU time the host took from the first line of /proc/stat', () => {
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    expect(stolenCpuSeconds('cpu  1910824 162202 685158 3303188 35634 0 12394 156002 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n')).toBe(1560.02);
    expect(() => stolenCpuSeconds('intr 1 2 3')).toThrow(/unexpected first line of \/proc\/stat/);
    expect(stolenCpuSeconds()).toBeGreaterThanOrEqual(0);
  });

  test('sums up several runs: times by their median, memory by the largest run', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    const run = (seconds: number, peak: number | null, cpu: number | null = seconds * 1.5): MeasuredRun => ({
      seconds,
      cpuSeconds: cpu,
      cpuSystemSeconds: cpu === null ? null : cpu / 3,
      stealSeconds: cpu === null ? null : 0.5,
      processes: 3,
      peakRssMb: peak,
      peakMainRssMb: peak === null ? null : peak - 20,
      indexSeconds: seconds / 4,
    });
    expect(summariseRuns([run(20, 700), run(12, 760), run(16, 720)])).toEqual({
      build_s: 16,
      build_s_min: 12,
      build_s_max: 20,
      cpu_s: 24,
      cpu_sys_s: 8,
      steal_s: 0.5,
      index_s: 4,
      peak_rss_mb: 760,
      peak_rss_astro_mb: 740,
      build_processes: 3,
    });
    // A figure one run could not measure is not measured at all.
    const partial = summariseRuns([run(10, 700), run(11, null, null)]);
    expect(partial.build_s).toBe(10.5);
    expect(partial.peak_rss_mb).toBeNull();
    expect(partial.cpu_s).toBeNull();
    expect(() => summariseRuns([])).toThrow(/no runs/);
  });

  test("counts each process's memory once: a fork that has not yet started its own program repeats its parent's", () => {
    const commands: Record<number, string> = { 1: 'node scripts/build.ts', 2: 'node astro.mjs build', 3: 'node astro.mjs build', 4: 'esbuild --service', 5: 'git log' };
    const tree = [
      { pid: 1, parent: 0 },
      { pid: 2, parent: 1 },
      { pid: 3, parent: 2 },
      { pid: 4, parent: 2 },
      { pid: 5, parent: 2 },
    ];
    expect(ownMemory(tree, (pid) => commands[pid]!)).toEqual([1, 2, 4, 5]);
  });

  test('sorts every output file into one kind, so the kinds add up to the whole output', () => {
    const files = [
      ['roles/ai-engineer/index.html', 100],
      ['roles/ai-engineer/job-description.md', 10],
      ['roles/index.html', 7],
      ['og/roles/ai-engineer.png', 50],
      ['pagefind/index/en_1.pf_index', 30],
      ['api/roles.json', 20],
      ['api/roles/ai-engineer.json', 5],
      ['compare/roles/ai-engineer.json', 4],
      ['compare/index.html', 3],
      ['_astro/Base.css', 2],
      ['sitemap-0.xml', 1],
    ].map(([path, bytes]) => ({ path: path as string, bytes: bytes as number }));
    const sums = outputByKind(files);
    expect(Object.fromEntries(sums)).toEqual({
      'role pages': 100,
      'other pages': 10,
      'social cards': 50,
      'search index': 30,
      'role data (api/)': 25,
      'job descriptions': 10,
      'compare records': 4,
      'styles and scripts': 2,
      'other files': 1,
    });
    expect([...sums.values()].reduce((a, b) => a + b, 0)).toBe(232);
    // Given the roles, a page at an old role address (a redirect) is one of the other pages.
    const redirects = outputByKind([...files, { path: 'roles/old-engineer/index.html', bytes: 1 }], new Set(['ai-engineer']));
    expect(redirects.get('role pages')).toBe(100);
    expect(redirects.get('other pages')).toBe(11);
  });
});

describe('finding Chromium', () => {
  test('uses CHROMIUM_PATH first, then the system locations', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/x/chrome' }, (p) => p === '/x/chrome')).toBe('/x/chrome');
    expect(chromiumPath({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  test('fails with instructions, never skips, when there is none', () => {
    expect(() => chromiumPath({}, () => false)).toThrow(/apt-get install -y chromium/);
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow('CHROMIUM_PATH is set to /nope');
  });
});

describe('colours', () => {
  test('contrast follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1d5fd1', '#1d5fd1')).toBe(1);
  });

  test('text on an accent is whichever of white and near-black reads better', () => {
    expect(textOn('#1d5fd1')).toBe('#ffffff');
    expect(textOn('#8ab4ff')).toBe('#0b1a33');
  });

  test('the theme stylesheet carries both accents', () => {
    expect(themeCss({ accent: { light: '#7a1f5c', dark: '#f0a6d4' } })).toBe(
      ":root{--accent:#7a1f5c;--focus:#7a1f5c;--accent-text:#ffffff}[data-theme='dark']{--accent:#f0a6d4;--focus:#f0a6d4;--accent-text:#0b1a33}\n",
    );
  });
});

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

describe('finding nginx', () => {
  test('uses NGINX_PATH first, then the usual locations, and fails with instructions when there is none', () => {
    expect(nginxPath({ NGINX_PATH: '/opt/nginx' }, (p) => p === '/opt/nginx')).toBe('/opt/nginx');
    expect(nginxPath({}, (p) => p === '/usr/sbin/nginx')).toBe('/usr/sbin/nginx');
    expect(() => nginxPath({}, () => false)).toThrow(/apt-get install -y nginx/);
  });
});

describe('PNG encoding', () => {
  test('Adler-32 matches known sums and continues from a previous one', async () => {
    const { adler32 } = await import('../../src/build/social-cards/png.ts');
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(Buffer.alloc(0))).toBe(1);
    const long = Buffer.alloc(100_000, 0xff);
    expect(adler32(long.subarray(60_000), adler32(long.subarray(0, 60_000)))).toBe(adler32(long));
  });

  test('Adler-32 of joined and repeated pieces comes from the pieces\' sums', async () => {
    const { adler32, adler32Combine, adler32Repeat } = await import('../../src/build/social-cards/png.ts');
    const row = Buffer.from(Array.from({ length: 601 }, (_, i) => (i < 10 ? 0xff : i % 13 === 0 ? 7 : 0)));
    const other = Buffer.from('the words of a card');
    expect(adler32Combine(adler32(row), adler32(other), other.length)).toBe(adler32(Buffer.concat([row, other])));
    for (const count of [0, 1, 2, 3, 200, 631]) {
      expect(adler32Repeat(adler32(row), row.length, count), String(count)).toBe(adler32(Buffer.concat(Array.from({ length: count }, () => row))));
    }
  });

  test('one zlib stream from parts compressed each its own way inflates to the parts in order', async () => {
    const { adler32, zlibStream } = await import('../../src/build/social-cards/png.ts');
    const { constants, inflateSync } = await import('node:zlib');
    const flat = Buffer.alloc(50_000, 0);
    const busy = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 251));
    const stream = zlibStream([
      { data: flat, options: { strategy: constants.Z_RLE }, adler: adler32(flat) },
      { data: Buffer.alloc(0), options: { level: 9 } },
      { data: busy, options: { level: 4 } },
      { data: flat, options: { strategy: constants.Z_RLE } },
    ]);
    // inflateSync checks the header and the Adler-32 trailer, so a wrong sum would throw.
    expect(inflateSync(stream).equals(Buffer.concat([flat, busy, flat]))).toBe(true);
    expect(stream.length).toBeLessThan(busy.length);
    expect(inflateSync(zlibStream([])).length).toBe(0);
  });

  test('a part with a key is compressed once for each place it takes, and the streams stay whole', async () => {
    const { adler32, zlibStream } = await import('../../src/build/social-cards/png.ts');
    const { constants, inflateSync } = await import('node:zlib');
    const band = Buffer.alloc(30_000, 0);
    const words = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31) % 17));
    const keyed = { data: band, options: { strategy: constants.Z_RLE }, adler: adler32(band), key: 'test band 30000' };
    const plain = { data: band, options: { strategy: constants.Z_RLE } };
    const middle = { data: words, options: { level: 4 } };
    // The same key first ends a stream, then starts and ends one: only the last part may be final.
    for (const parts of [[middle, keyed], [keyed, middle, keyed], [keyed, middle, keyed]]) {
      const stream = zlibStream(parts);
      expect(inflateSync(stream).equals(Buffer.concat(parts.map((p) => p.data)))).toBe(true);
      expect(stream.equals(zlibStream(parts.map((p) => (p === keyed ? plain : p))))).toBe(true);
    }
  });
});

describe('social cards', () => {
  /** The palette index of each pixel of a 4-bit PNG made by encodeCard. */
  const pixelsOf = async (png: Buffer) => {
    const { inflateSync } = await import('node:zlib');
    const width = png.readUInt32BE(16);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const rowBytes = Math.ceil(width / 2) + 1;
    return (x: number, y: number) => (x % 2 ? raw[y * rowBytes + 1 + (x >> 1)]! & 15 : raw[y * rowBytes + 1 + (x >> 1)]! >> 4);
  };

  test('paints background, accent bar and text shades from the coverage of the drawn words', async () => {
    const { encodeCard } = await import('../../src/build/social-cards/og-image.ts');
    const width = 20;
    const height = 160;
    const coverage = new Uint8Array(width * height);
    coverage[159 * width + 19] = 255; // full text, below the eyebrow: last text shade (7)
    coverage[159 * width + 18] = 128; // half covered: shade 4 of 7
    coverage[19] = 255; // eyebrow row: last soft shade (14)
    const png = encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150 });
    const pixel = await pixelsOf(png);
    expect(pixel(0, 50)).toBe(15); // the accent bar
    expect(pixel(17, 50)).toBe(15);
    expect(pixel(18, 50)).toBe(0); // background
    expect(pixel(19, 159)).toBe(7);
    expect(pixel(18, 159)).toBe(4);
    expect(pixel(19, 0)).toBe(14);
    const plte = png.indexOf('PLTE');
    expect([...png.subarray(plte + 4 + 15 * 3, plte + 4 + 16 * 3)]).toEqual([0x8a, 0xb4, 0xff]);
    // Rows declared free of words are painted as background whatever the coverage says.
    const outside = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkRows: [1, 159] }));
    expect([outside(19, 0), outside(19, 159), outside(0, 0)]).toEqual([0, 0, 15]);
    // And so are columns declared free of words; the pair a column shares a byte with is kept.
    const narrow = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkCols: [18, 19] }));
    expect([narrow(18, 159), narrow(19, 159), narrow(19, 0), narrow(17, 0)]).toEqual([4, 7, 14, 15]);
    const none = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkCols: [0, 18] }));
    expect([none(18, 159), none(19, 159), none(19, 0), none(17, 0)]).toEqual([0, 0, 0, 15]);
  });

  test('a card names the handbook, family and role, and leaves the summary to og:description', async () => {
    const { cardLayout } = await import('../../src/build/social-cards/og-image.ts');
    const { lines } = await cardLayout({ title: 'AI Engineer & Co', eyebrow: 'Acme Handbook · Engineering', accent: '#8ab4ff' });
    expect(lines.map((l) => [l.text, l.bold, l.size])).toEqual([
      ['Acme Handbook · Engineering', false, 32],
      ['AI Engineer & Co', true, 92],
    ]);
  });

  test('pairs are kerned as the font says: "To" and "AV" are set tighter than their letters apart', async () => {
    const { lineWidth } = await import('../../src/build/social-cards/og-image.ts');
    for (const [pair, a, b] of [['To', 'T', 'o'], ['AV', 'A', 'V']] as const) {
      const apart = (await lineWidth(a, 92, { bold: true })) + (await lineWidth(b, 92, { bold: true }));
      expect(await lineWidth(pair, 92, { bold: true }), pair).toBeLessThan(apart - 5);
    }
    // Letters the font does not kern keep their advances.
    expect(await lineWidth('xx', 32)).toBeCloseTo(2 * (await lineWidth('x', 32)), 5);
  });

  test('a word too wide for a line sets the title smaller until it fits', async () => {
    const { cardLayout, lineWidth } = await import('../../src/build/social-cards/og-image.ts');
    const { lines } = await cardLayout({ title: 'Supercalifragilisticexpialidociousness engineer', eyebrow: 'x', accent: '#8ab4ff' });
    const title = lines.slice(1);
    expect(title[0]!.size).toBeLessThan(64);
    for (const line of title) expect(await lineWidth(line.text, line.size, { bold: true }), line.text).toBeLessThanOrEqual(1040);
  });

  test('a long title is set smaller on up to three lines, measured with the font, and cut with an ellipsis beyond', async () => {
    const { cardLayout } = await import('../../src/build/social-cards/og-image.ts');
    const long = 'Machine Learning Operations and Platform Reliability Engineer';
    const wrapped = (await cardLayout({ title: long, eyebrow: 'x', accent: '#8ab4ff' })).lines.slice(1);
    expect(wrapped.length).toBe(3);
    expect(wrapped.every((l) => l.size === 64)).toBe(true);
    expect(wrapped.map((l) => l.text).join(' ')).toBe(long);
    // Narrow letters fit more to a line than wide ones: the measure is the font's, not a character count.
    const sizes = async (title: string) => (await cardLayout({ title, eyebrow: 'x', accent: '#8ab4ff' })).lines.map((l) => l.size);
    expect(await sizes('illicit ill-fitting lilt')).toEqual([32, 92]); // 24 narrow characters fit large
    expect(await sizes('WWWWWWWWWWWWWWWWWW')).toEqual([32, 52]); // 18 wide ones, one word, fit only smaller
    const cut = (await cardLayout({ title: `${long} for the whole group and every one of its companies`, eyebrow: 'x', accent: '#8ab4ff' })).lines.slice(1);
    expect(cut.length).toBe(3);
    expect(cut[2]!.text.endsWith('…')).toBe(true);
  });

  test('draws the words: eyebrow in the softer shades above the title in the text shades', async () => {
    const { cardPng } = await import('../../src/build/social-cards/og-image.ts');
    const png = await cardPng({ title: 'AI Engineer', eyebrow: 'Acme Handbook · Engineering', accent: '#8ab4ff' });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const pixel = await pixelsOf(png);
    const counts = new Map<string, number>();
    for (let y = 0; y < 630; y++) {
      for (let x = 18; x < 1200; x++) {
        const index = pixel(x, y);
        const kind = index === 0 ? 'background' : index <= 7 ? `text ${y < 315 ? 'top' : 'bottom'}` : `soft ${y < 315 ? 'top' : 'bottom'}`;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
    }
    expect(counts.get('soft top')).toBeGreaterThan(1000);
    expect(counts.get('text bottom')).toBeGreaterThan(10000);
    expect(counts.get('soft bottom')).toBeUndefined();
  });
});
