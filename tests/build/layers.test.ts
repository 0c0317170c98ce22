import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LAYERED_DIR, SITE_DIR } from '../support/paths.ts';

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const lede = (html: string) => /<p class="lede">([^<]*)<\/p>/.exec(html)?.[1];
const headings = (html: string) => [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);

describe('the handbook built with two company folders on top (HANDBOOK_OVERLAY)', () => {
  test('a merged role shows the fields the company gave, from the later folder first, and keeps every other field and section of the handbook', () => {
    const layered = page(LAYERED_DIR, 'roles/ai-engineer/');
    const handbook = page(SITE_DIR, 'roles/ai-engineer/');
    expect(lede(layered)).toMatch(/^At Acme&#39;s platform group/);
    expect(layered).toContain('Also called: Applied AI Engineer, AI Developer');
    // The body and the generated sections are the handbook's: the same headings, in order.
    expect(headings(layered)).toEqual(headings(handbook));
    expect(layered).toContain('How the title has shifted');
    const role = JSON.parse(readFileSync(join(LAYERED_DIR, 'api/roles/ai-engineer.json'), 'utf8'));
    const original = JSON.parse(readFileSync(join(SITE_DIR, 'api/roles/ai-engineer.json'), 'utf8'));
    expect(role.summary).toMatch(/^At Acme's platform group/);
    expect(role.compensation).toEqual(original.compensation);
    expect(role.levels).toEqual(original.levels);
  });

  test('a replaced entry is the company\'s whole, and a new entry has its page, linked from the entries that refer to it', () => {
    const gateway = page(LAYERED_DIR, 'glossary/model-gateway/');
    expect(gateway).toContain('At Acme the model gateway is the');
    expect(gateway).not.toContain('Instead of each product calling model providers directly');
    expect(gateway).toContain('href="/handbook/glossary/acme-gateway/"');
    const added = page(LAYERED_DIR, 'glossary/acme-gateway/');
    expect(added).toContain('<h1 id="top">Acme Gateway</h1>');
    expect(added).toContain('href="/handbook/roles/ai-engineer/"');
    expect(existsSync(join(SITE_DIR, 'glossary/acme-gateway/index.html'))).toBe(false);
    // Search, the exports and the twins are made from the layered content too.
    expect(readFileSync(join(LAYERED_DIR, 'llms.txt'), 'utf8')).toContain('[Acme Gateway](');
    expect(readFileSync(join(LAYERED_DIR, 'roles/ai-engineer/index.html.md'), 'utf8')).toMatch(/^# AI Engineer\n\nAlso called: Applied AI Engineer, AI Developer\n\nAt Acme's platform group/);
  });

  test('the build checked every link of the layered site and found none broken', () => {
    const log = readFileSync(`${LAYERED_DIR}.log`, 'utf8');
    expect(log).toMatch(/links checked in \d+ ms/);
    expect(log).toMatch(/search index: \d+ pages/);
  });
});
