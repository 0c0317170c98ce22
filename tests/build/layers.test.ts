import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LAYERED_DIR, SITE_DIR } from '../support/paths.ts';

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const lede = (html: string) => /<p class="lede">([^<]*)<\/p>/.exec(html)?.[1];
const headings = (html: string) => [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);

describe('the handbook built with two company folders on top (overlays in the settings)', () => {
  test('a merged role shows the fields the company gave, from the later folder first, and keeps every other field and section of the handbook', () => {
    const layered = page(LAYERED_DIR, 'roles/ai-engineer/');
    const handbook = page(SITE_DIR, 'roles/ai-engineer/');
    expect(lede(layered)).toMatch(/^At Acme&#39;s platform group/);
    expect(layered).toContain('Also called: Applied AI Engineer, AI Developer');
    // The body and the generated sections are the handbook's: the same headings, in order, and the company's pay bands.
    const expected = headings(handbook);
    expected.splice(expected.indexOf('official-occupation'), 0, 'our-pay-bands');
    expect(headings(layered)).toEqual(expected);
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

  test('the company\'s pay bands show on the role page, apart from the published figures, and in no export, twin or schema.org data', () => {
    const html = page(LAYERED_DIR, 'roles/ai-engineer/');
    const bands = /<div class="pay-bands[^"]*"[^>]*>[\s\S]*?<\/table>/.exec(html)![0];
    expect(bands).toContain('<h3 id="our-pay-bands">Our pay bands</h3>');
    expect(bands).toMatch(/€76,000 to €97,000[\s\S]*€98,000 to €124,000/);
    expect(bands).toContain('href="#level-senior"');
    // Apart from the published table, which keeps exactly the handbook's figures.
    const published = (h: string) => /<table class="pay">[\s\S]*?<\/table>/.exec(h)![0];
    expect(published(html)).toBe(published(page(SITE_DIR, 'roles/ai-engineer/')));
    expect(published(html)).not.toContain('€');
    const exports = ['api/roles/ai-engineer.json', 'api/roles.json', 'api/roles.csv', 'roles/ai-engineer/index.html.md', 'roles/ai-engineer/job-description.md', 'compare/roles/ai-engineer.json', 'llms.txt', 'llms-full.txt'];
    for (const file of exports) {
      const text = readFileSync(join(LAYERED_DIR, file), 'utf8');
      expect(text, file).not.toMatch(/98,?000|124,?000|Our pay bands|payBands/);
    }
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    expect(jsonLd).not.toMatch(/98000|124000|EUR/);
    // Search does not index the bands either.
    expect(bands).toContain('data-pagefind-ignore');
  });

  test('a new role from one company file has its page, links the handbook roles it names, and is in every list, export and comparison; its notes are in the build log', () => {
    expect(existsSync(join(SITE_DIR, 'roles/ai-enablement-lead/index.html'))).toBe(false);
    const html = page(LAYERED_DIR, 'roles/ai-enablement-lead/');
    expect(html).toContain('<h1 id="top">AI Enablement Lead</h1>');
    for (const role of ['ai-engineer', 'ai-product-manager', 'ai-program-manager']) expect(html, role).toContain(`href="/handbook/roles/${role}/"`);
    expect(html).toContain('href="/handbook/team-models/hybrid/"');
    expect(html).toContain('href="/handbook/glossary/acme-gateway/"');
    // Its source is the company's own, labelled as such on the page and on the sources page.
    expect(html).toMatch(/Acme engineering career framework<\/a>\. Acme, 2026 <span class="source-kind">Company document<\/span>/);
    // On the sources page, apart from the public kinds' scale of weight.
    const sources = page(LAYERED_DIR, 'sources/');
    expect(sources).toContain('From the most weight to the least, then the documents of the company that runs this copy, which are off that scale:</p>');
    expect(sources).toMatch(/<dt><span class="source-kind">Personal essay<\/span><\/dt> <dd>[^<]*<\/dd> <dt><span class="source-kind">Company document<\/span><\/dt>/);
    expect(page(SITE_DIR, 'sources/')).toContain('From the most weight to the least:</p>');
    expect(page(LAYERED_DIR, 'roles/')).toContain('href="/handbook/roles/ai-enablement-lead/"');
    // Its own bands, with no published figures above them to be told apart from.
    expect(html).toContain('<p>Set by Acme Corp for its own staff. They are not market data.</p>');
    expect(page(LAYERED_DIR, 'roles/ai-engineer/')).toContain('They are not market data, and are not among the published figures above.</p>');
    const roles = JSON.parse(readFileSync(join(LAYERED_DIR, 'api/roles.json'), 'utf8')) as { roles: { id: string }[] };
    expect(roles.roles.map((r) => r.id)).toContain('ai-enablement-lead');
    expect(readFileSync(join(LAYERED_DIR, 'api/roles.csv'), 'utf8')).toMatch(/^ai-enablement-lead,/m);
    expect(existsSync(join(LAYERED_DIR, 'compare/roles/ai-enablement-lead.json'))).toBe(true);
    expect(readFileSync(join(LAYERED_DIR, 'roles/ai-enablement-lead/index.html.md'), 'utf8')).toMatch(/^# AI Enablement Lead\n/);
    // No hire order and no finder answer names it: said in the log, on the role's own file.
    const log = readFileSync(`${LAYERED_DIR}.log`, 'utf8');
    expect(log).toMatch(/tests\/fixtures\/overlays\/acme\/roles\/ai-enablement-lead\.mdx:\d+ hiringStage: the company role is in no hire order/);
    expect(log).toMatch(/tests\/fixtures\/overlays\/acme\/roles\/ai-enablement-lead\.mdx:\d+ title: no answer of the role finder recommends the company role/);
    expect(page(LAYERED_DIR, 'hiring-stages/growth-stage/')).not.toContain('ai-enablement-lead');
  });

  test('a hidden role has no page, and every reference to it is its title as plain text; the build says where, and fails on none', () => {
    expect(existsSync(join(SITE_DIR, 'roles/prompt-engineer/index.html'))).toBe(true);
    for (const gone of ['roles/prompt-engineer/index.html', 'roles/prompt-engineer/job-description.md', 'api/roles/prompt-engineer.json', 'compare/roles/prompt-engineer.json']) expect(existsSync(join(LAYERED_DIR, gone)), gone).toBe(false);
    const role = page(LAYERED_DIR, 'roles/ai-engineer/');
    // Under "Often confused with" the title and the difference stay, as text.
    expect(role).toMatch(/<li>Prompt Engineer: Writing prompts is a small part/);
    expect(page(SITE_DIR, 'roles/ai-engineer/')).toMatch(/<li><a href="\/handbook\/roles\/prompt-engineer\/">Prompt Engineer<\/a>: Writing prompts/);
    // No page, record, twin or list anywhere still leads to it.
    const files = readdirSync(LAYERED_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|json|md|txt|xml)$/.test(e.name));
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), join(file.parentPath, file.name)).not.toMatch(/\/roles\/prompt-engineer\/|roles=(?:[^"&]*,)?prompt-engineer|roles\/prompt-engineer\.json/);
    expect(readFileSync(join(LAYERED_DIR, 'roles/index.html'), 'utf8')).not.toContain('Prompt Engineer');
    // The records have no place for a title, so they leave the reference out: a related id, a "confused with" pair, a hire-order step.
    for (const file of files.filter((f) => f.name.endsWith('.json'))) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), join(file.parentPath, file.name)).not.toContain('"prompt-engineer"');
    const handbookRecord = JSON.parse(readFileSync(join(SITE_DIR, 'api/roles/ai-engineer.json'), 'utf8'));
    const record = JSON.parse(readFileSync(join(LAYERED_DIR, 'api/roles/ai-engineer.json'), 'utf8'));
    expect(handbookRecord.confusedWith.map((c: { role: string }) => c.role)).toContain('prompt-engineer');
    expect(record.confusedWith).toEqual(handbookRecord.confusedWith.filter((c: { role: string }) => c.role !== 'prompt-engineer'));
    const log = readFileSync(`${LAYERED_DIR}.log`, 'utf8');
    expect(log).toMatch(/\d+ notes on what the company folders changed, none a problem:\ncontent\/finder\/role-finder\.yaml:\d+ questions[^\n]*: role "prompt-engineer" is hidden by tests\/fixtures\/overlays\/acme\/roles\/prompt-engineer\.mdx; shown as plain text/);
    expect(log).toMatch(/hidden-links\] 1 hidden entry: links to it made plain text in \d+ files/);
  });

  test('the company\'s names for the ladder\'s steps show on role pages and in job descriptions, beside the handbook\'s', () => {
    const step = (html: string, level: string) => new RegExp(`<section class="level" aria-labelledby="level-${level}">[\\s\\S]*?<dt>Step</dt> <dd>([^<]*)</dd>`).exec(html)?.[1];
    const layered = page(LAYERED_DIR, 'roles/ai-engineer/');
    expect(step(layered, 'senior')).toMatch(/^L5 \(Senior\), /);
    expect(step(layered, 'mid')).toMatch(/^L4 \(Mid-level\), /);
    // A step the company does not name keeps the handbook's name alone.
    expect(step(layered, 'principal')).toBe('Principal');
    expect(step(page(SITE_DIR, 'roles/ai-engineer/'), 'senior')).toMatch(/^Senior, /);
    const jd = readFileSync(join(LAYERED_DIR, 'roles/ai-engineer/job-description-senior.md'), 'utf8');
    expect(jd).toContain('built from the L5 (senior) level of the role');
    expect(jd).toContain('\n- Level: L5\n');
  });

  test('"Edit this page" points into the repository of the folder whose file makes the page, and "Last updated" is the latest of its files', () => {
    const edit = (path: string) => /<a href="([^"]+)" rel="noopener">Edit this page<\/a>/.exec(page(LAYERED_DIR, path))?.[1];
    expect(edit('roles/ai-engineer/')).toBe('https://git.acme.example/platform/edit/main/layer/roles/ai-engineer.mdx');
    expect(edit('glossary/acme-gateway/')).toBe('https://git.acme.example/wiki/edit/main/acme/glossary/acme-gateway.md');
    expect(edit('glossary/model-gateway/')).toBe('https://git.acme.example/wiki/edit/main/acme/glossary/model-gateway.md');
    expect(edit('roles/ml-engineer/')).toBe('https://github.com/example/ai-roles-handbook/edit/main/content/roles/ml-engineer.mdx');
    const updated = (dir: string, path: string) => /Last updated <time datetime="([^"]+)">/.exec(page(dir, path))?.[1];
    expect(updated(LAYERED_DIR, 'roles/ml-engineer/')).toBe(updated(SITE_DIR, 'roles/ml-engineer/'));
    expect(updated(LAYERED_DIR, 'roles/ai-engineer/')! >= updated(SITE_DIR, 'roles/ai-engineer/')!).toBe(true);
  });

  test('the build checked every link of the layered site and found none broken', () => {
    const log = readFileSync(`${LAYERED_DIR}.log`, 'utf8');
    expect(log).toMatch(/links checked in \d+ ms/);
    expect(log).toMatch(/search index: \d+ pages/);
  });
});
