import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runStepsAfterExit } from '../../src/build/after-exit-steps.ts';

// What npm run build does once Astro has exited: the twins and the link check in a process of
// their own, then the search index (src/build/after-exit.ts).
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A two-page built site under /h/: a home page that links the role page's twin, and the role page. */
function builtSite(homeLink: string) {
  const dir = mkdtempSync(join(tmpdir(), 'after-exit-'));
  made.push(dir);
  const page = (path: string, body: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    const head = `<title>${path || 'Home'}</title><link rel="canonical" href="https://x.org/h/${path ? `${path}/` : ''}"><link rel="alternate" type="text/markdown" href="/h/${path ? `${path}/` : ''}index.html.md">`;
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><head>${head}</head><body><main><article data-pagefind-body><h1 id="top">${path || 'Home'}</h1>${body}</article></main></body></html>`);
  };
  page('', `<p>Start at <a href="${homeLink}">the role, as Markdown</a>.</p>`);
  page('roles/a', '<p>The role that evaluates models.</p>');
  writeFileSync(join(dir, 'llms.txt'), '# T\n\n> A test site.\n\n## Roles\n\n- [A](https://x.org/h/roles/a/index.html.md)\n');
  return { type: 'handbook:built', outDir: dir, base: '/h/', siteName: 'T' } as const;
}

describe('the steps after Astro exits', () => {
  test('write the twins before the link check, which finds the twin a page links to, then the index', async () => {
    const built = builtSite('/h/roles/a/index.html.md');
    const lines: string[] = [];
    await runStepsAfterExit(built, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^2 Markdown twins and llms-full\.txt \(\d+ KB\) written in \d+ ms$/);
    expect(lines[1]).toMatch(/^links checked in \d+ ms$/);
    expect(lines[2]).toMatch(/^search index: 2 pages, written in \d+ ms$/);
    expect(readFileSync(join(built.outDir, 'roles/a/index.html.md'), 'utf8')).toContain('The role that evaluates models.');
    expect(readFileSync(join(built.outDir, 'llms-full.txt'), 'utf8')).toContain('The role that evaluates models.');
    expect(existsSync(join(built.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('fail on a broken link, naming it, and write no index', async () => {
    const built = builtSite('/h/roles/b/');
    await expect(runStepsAfterExit(built, () => undefined)).rejects.toThrow('1 broken internal link in the built site:\n/h/index.html: "/h/roles/b/" no file at /h/roles/b/');
    expect(existsSync(join(built.outDir, 'pagefind'))).toBe(false);
  });
});
