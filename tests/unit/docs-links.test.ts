import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** The project's own documents: the README and everything under docs/. */
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** A Markdown file's text without its code, fenced or inline, where a link is an example, not a link. */
const prose = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a document's headings. */
function anchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, ''))));
}

describe('the documents\' links to each other', () => {
  test.each(DOCS)('%s: every relative link leads to a file there is, and every #anchor to one of its headings', (file) => {
    const broken: string[] = [];
    for (const [, target] of prose(file).matchAll(/\]\(([^)\s]+)\)/g)) {
      // Addresses elsewhere, and paths on the built site, which the site's own link check covers.
      if (/^[a-z]+:/i.test(target!) || target!.startsWith('/')) continue;
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const to = path ? resolve(dirname(join(ROOT, file)), path) : join(ROOT, file);
      if (!existsSync(to)) broken.push(`${target}: no file ${relative(ROOT, to)}`);
      else if (anchor && to.endsWith('.md') && !anchors(relative(ROOT, to)).has(anchor)) broken.push(`${target}: no heading "${anchor}" in ${relative(ROOT, to)}`);
    }
    expect(broken).toEqual([]);
  });
});
