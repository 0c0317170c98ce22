import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseEntry } from '../../../../src/build/content-check/read.ts';
import { checkContent, formatProblem } from '../../../../src/build/content-check/check.ts';

const GLOSSARY = '---\ntitle: Retrieval\nsummary: Fetching documents for a model to read before it answers.\n---\nA body with a [link](/nowhere/).\n';
const term = (text: string) => parseEntry('glossary', 'retrieval', 'content/glossary/retrieval.md', text, 'md');

describe('reading a content file as Astro reads it', () => {
  test.each([
    ['a byte-order mark', `\uFEFF${GLOSSARY}`, 0],
    ['a leading blank line', `\n${GLOSSARY}`, 1],
    ['leading blank lines and spaces', `\n  \n${GLOSSARY}`, 2],
  ])('a file that starts with %s has its frontmatter read, as Astro reads it', (_, text, extraLines) => {
    const entry = term(text);
    expect(entry.readProblems).toEqual([]);
    // The same data Astro's own reader takes from the file.
    expect(entry.data).toEqual(parseFrontmatter(text).frontmatter);
    expect(entry.data).toMatchObject({ title: 'Retrieval' });
    // Positions still name the file's own lines: the title, and the body's link.
    expect(entry.lineOf(['title'])).toBe(2 + extraLines);
    const problems = checkContent([entry]).problems.map(formatProblem);
    expect(problems).toEqual([`content/glossary/retrieval.md:${5 + extraLines} body: link "/nowhere/": no page at /nowhere/`]);
  });

  test('a YAML error names the file line, below a leading blank line', () => {
    const entry = term('\n---\ntitle: One\ntitle: Two\n---\n');
    expect(entry.readProblems).toEqual([{ line: 4, message: expect.stringMatching(/^YAML syntax: duplicated mapping key/) }]);
  });

  test('text before the frontmatter means there is none, for Astro as here', () => {
    const text = `Intro\n${GLOSSARY}`;
    expect(parseFrontmatter(text).rawFrontmatter).toBe('');
    expect(term(text).readProblems).toEqual([{ line: 1, message: 'missing frontmatter: the file must start with a --- block of YAML fields' }]);
  });
});
