import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageMarkdown } from '../../../src/build/markdown-twins/convert.ts';
import { llmsFull, writeMarkdownTwins } from '../../../src/build/markdown-twins/index.ts';

const URL_OF = 'https://wiki.example.com/handbook/guides/hiring/';
const footer = (url: string) => `From Test: <${url}>`;

/** A built page: head with its twin and canonical address, and `body` inside the part marked for search. */
const page = (body: string, head = `<link rel="canonical" href="${URL_OF}"><link rel="alternate" type="text/markdown" href="/handbook/guides/hiring/index.html.md">`) =>
  `<!doctype html><html><head>${head}</head><body><a class="skip-link" href="#main">Skip to content</a><nav class="sidebar"><a href="/handbook/">Home</a></nav>
  <main><article data-pagefind-body><header><nav aria-label="Breadcrumb"><ol><li><a href="/handbook/">Home</a></li></ol></nav><h1 id="top">Hiring</h1><p class="lede">How to hire.</p>
  <p class="page-tools" data-markdown-ignore><button data-action="copy-text">Copy as Markdown</button></p></header>${body}</article><aside class="toc">On this page</aside></main></body></html>`;
const md = (body: string) => pageMarkdown(page(body), footer)!.markdown;

describe('a page as Markdown', () => {
  test('keeps the title, summary and sections, and ends with the page address', () => {
    const out = md('<div class="heading"><h2 id="why">Why</h2><a href="#why" data-action="copy-link" aria-label="Link to section: Why"></a></div><p>Because <strong>it</strong> matters.</p>');
    expect(out).toBe(`# Hiring\n\nHow to hire.\n\n## Why\n\nBecause **it** matters.\n\n---\n\nFrom Test: <${URL_OF}>\n`);
  });

  test('leaves out the chrome: navigation, controls, heading links, hidden, print-only and script-only parts, and what is marked to be ignored', () => {
    const out = md(`<p>Kept.</p><button>Press</button><p hidden>Hidden</p><p class="print-only">Printed</p><p class="needs-js">Progress</p>
      <p data-markdown-ignore>Ignored</p><span aria-hidden="true">Icon</span><script>alert(1)</script><a href="/handbook/x/"><span class="source-title">Full title</span><span class="source-short">Short</span></a>`);
    for (const gone of ['Skip to content', 'Home', 'Copy as Markdown', 'On this page', 'Press', 'Hidden', 'Printed', 'Progress', 'Ignored', 'Icon', 'alert', 'Short', '](#why)']) expect(out).not.toContain(gone);
    expect(out).toContain('Kept.');
    expect(out).toContain('[Full title](https://wiki.example.com/handbook/x/)');
  });

  test('makes every link absolute on the page address, fragments included', () => {
    const out = md('<p><a href="/handbook/roles/ai-engineer/#compensation">pay</a>, <a href="#why">why</a>, <a href="../paths/">paths</a>, <a href="https://www.bls.gov/oes/">BLS</a></p>');
    expect(out).toContain('[pay](https://wiki.example.com/handbook/roles/ai-engineer/#compensation)');
    expect(out).toContain(`[why](${URL_OF}#why)`);
    expect(out).toContain('[paths](https://wiki.example.com/handbook/guides/paths/)');
    expect(out).toContain('[BLS](https://www.bls.gov/oes/)');
  });

  test('writes a definition list as bold terms, a source kind in brackets, and a table cell on one line', () => {
    const out = md(`<dl class="facts"><dt>Family</dt> <dd>Engineering</dd> <dt>First hired at</dt> <dd><a href="/handbook/hiring-stages/early-stage/">Early-stage</a></dd></dl>
      <p>Jobbi <span class="source-kind">Job board</span></p>
      <table><thead><tr><th>Figure</th><th>Source</th></tr></thead><tbody><tr><td>$1 to $2<br><small>Early 2026</small></td><td>Jobbi</td></tr></tbody></table>`);
    expect(out).toContain('- **Family:** Engineering\n- **First hired at:** [Early-stage](https://wiki.example.com/handbook/hiring-stages/early-stage/)');
    expect(out).toContain('Jobbi (Job board)');
    expect(out).toMatch(/^\| \$1 to \$2; Early 2026 \| Jobbi \|$/m);
  });

  test('writes an aside and a "Sources disagree" block as quotations, with their labels in bold', () => {
    const out = md(`<aside class="aside aside-tip" aria-label="Tip"><p class="aside-title">Tip</p><p>Ask early.</p></aside>
      <section class="disagreement"><p class="disagreement-title"><span class="disagreement-label">Sources disagree:</span> Who trains</p>
      <div class="positions"><div class="position"><p class="position-source"><a href="/handbook/sources/#a">A</a> <span class="source-kind">Job board</span></p><p>Researchers.</p></div>
      <div class="position"><p class="position-source"><a href="/handbook/sources/#b">B</a> <span class="source-kind">Vendor article</span></p><p>Engineers.</p></div>
      <div class="reading"><p class="reading-label">The handbook’s reading</p><p>Both.</p></div></div></section>`);
    expect(out).toContain('> **Tip**\n>\n> Ask early.');
    expect(out).toContain('> **Sources disagree: Who trains**');
    expect(out).toContain('> **[A](https://wiki.example.com/handbook/sources/#a) (Job board)**\n>\n> Researchers.');
    expect(out).toContain('> **[B](https://wiki.example.com/handbook/sources/#b) (Vendor article)**\n>\n> Engineers.');
    expect(out).toContain('> **The handbook’s reading**\n>\n> Both.');
  });

  test('gives a diagram as its accessible name and description, and drops one that has neither', () => {
    const out = md('<svg role="img" aria-labelledby="t"><title id="t">Hybrid model</title><desc>A platform team serves product teams.</desc><rect/></svg><svg><path/></svg><p>After.</p>');
    expect(out).toContain('*Diagram: Hybrid model. A platform team serves product teams.*\n\nAfter.');
  });

  test('returns nothing for a page that declares no twin, and names what is missing on one that cannot have it', () => {
    expect(pageMarkdown(page('<p>x</p>', `<link rel="canonical" href="${URL_OF}">`), footer)).toBeUndefined();
    expect(() => pageMarkdown(page('<p>x</p>', '<link rel="alternate" type="text/markdown" href="/x/index.html.md">'), footer)).toThrow('/x/index.html.md has no <link rel="canonical">');
    const noBody = `<html><head><link rel="canonical" href="${URL_OF}"><link rel="alternate" type="text/markdown" href="/x/index.html.md"></head><body><p>x</p></body></html>`;
    expect(() => pageMarkdown(noBody, footer)).toThrow(`${URL_OF} declares a Markdown twin but has no element marked data-pagefind-body`);
  });
});

describe('writing the twins and llms-full.txt', () => {
  const twin = (title: string, url: string) => ({ twinPath: new URL(url).pathname + 'index.html.md', url, title, markdown: `# ${title}\n\nFrom Test: <${url}>\n` });
  const llms = '# Test\n\n> A test site.\n\nNotes that llms-full.txt leaves out.\n\n## Roles\n\n- [B](https://x.org/b/index.html.md): second\n- [A](https://x.org/a/index.html.md)\n\n## Data\n\n- [JSON](https://x.org/api/roles.json)\n\n## Optional\n\n- [B again](https://x.org/b/index.html.md)\n';

  test('llms-full.txt is the title and summary of llms.txt, then each twin it links once, in its order', () => {
    const twins = new Map([twin('A', 'https://x.org/a/'), twin('B', 'https://x.org/b/')].map((t) => [`${t.url}index.html.md`, t]));
    const full = llmsFull(llms, twins);
    expect(full.startsWith('# Test\n\n> A test site.\n\n')).toBe(true);
    expect(full).not.toContain('Notes that');
    expect(full.indexOf('# B')).toBeLessThan(full.indexOf('# A'));
    expect(full.match(/^# B$/gm)).toHaveLength(1);
    expect(full).not.toContain('roles.json');
    expect(() => llmsFull(llms, new Map([[`https://x.org/a/index.html.md`, twin('A', 'https://x.org/a/')]]))).toThrow('llms.txt links https://x.org/b/index.html.md, but no page declares that Markdown twin');
  });

  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'twins-'));
    const add = (path: string, twinAt: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), page(`<p>Body of ${path}</p>`, `<link rel="canonical" href="https://x.org/handbook/${path}/"><link rel="alternate" type="text/markdown" href="${twinAt}">`));
    };
    return { dir, add };
  };

  test('writes each twin beside its page, and refuses a page that declares its twin elsewhere', async () => {
    const { dir, add } = site();
    add('roles/a', '/handbook/roles/a/index.html.md');
    writeFileSync(join(dir, 'llms.txt'), '# T\n\n> S.\n\n## Roles\n\n- [A](https://x.org/handbook/roles/a/index.html.md)\n');
    expect((await writeMarkdownTwins(dir, { base: '/handbook', siteName: 'T' })).twins).toBe(1);
    expect(readFileSync(join(dir, 'roles/a/index.html.md'), 'utf8')).toContain('Body of roles/a\n\n---\n\nFrom T: <https://x.org/handbook/roles/a/>');
    expect(readFileSync(join(dir, 'llms-full.txt'), 'utf8')).toContain('Body of roles/a');
    add('roles/b', '/handbook/roles/a/index.html.md');
    await expect(writeMarkdownTwins(dir, { base: '/handbook', siteName: 'T' })).rejects.toThrow('/handbook/roles/b/index.html declares its Markdown twin at "/handbook/roles/a/index.html.md"; a twin lives beside its page, at "/handbook/roles/b/index.html.md"');
  });

  test('on worker threads, writes the same twins in the same order, and reports a bad page the same way', async () => {
    const { dir, add } = site();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of ids) add(`roles/${id}`, `/handbook/roles/${id}/index.html.md`);
    writeFileSync(join(dir, 'llms.txt'), `# T\n\n> S.\n\n## Roles\n\n${[...ids].reverse().map((id) => `- [${id}](https://x.org/handbook/roles/${id}/index.html.md)`).join('\n')}\n`);
    expect(await writeMarkdownTwins(dir, { base: '/handbook', siteName: 'T' }, 1)).toMatchObject({ twins: 5 });
    const inline = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
    expect(inline.indexOf('Body of roles/e')).toBeLessThan(inline.indexOf('Body of roles/a'));
    expect(await writeMarkdownTwins(dir, { base: '/handbook', siteName: 'T' }, 2, 1)).toMatchObject({ twins: 5 });
    expect(readFileSync(join(dir, 'llms-full.txt'), 'utf8')).toBe(inline);
    add('roles/f', '/handbook/roles/a/index.html.md');
    await expect(writeMarkdownTwins(dir, { base: '/handbook', siteName: 'T' }, 2, 1)).rejects.toThrow('/handbook/roles/f/index.html declares its Markdown twin at "/handbook/roles/a/index.html.md"');
  });
});
