import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-check/read.ts';
import { ROOT, SITE_DIR } from '../support/paths.ts';

const json = (path: string) => JSON.parse(readFileSync(join(SITE_DIR, path), 'utf8'));

/** Frontmatter as an editor's YAML support reads it: YAML 1.2 keeps dates as strings. */
function asEditorSees(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asEditorSees);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asEditorSees(v)]));
  return value;
}
const entries = readContent(resolve(ROOT, 'content'));
const roles = entries.filter((e) => e.collection === 'roles' && (e.data as { draft?: boolean }).draft !== true);

describe('/api/roles.json', () => {
  const list = json('api/roles.json');

  test('lists every published role, A to Z by title, with its canonical URL and export addresses', () => {
    expect(list.version).toBe(1);
    expect(list.count).toBe(roles.length);
    expect(list.roles.map((r: { id: string }) => r.id).sort()).toEqual(roles.map((r) => r.id).sort());
    const engineer = list.roles.find((r: { id: string }) => r.id === 'ai-engineer');
    expect(engineer.url).toBe('https://handbook.example.org/handbook/roles/ai-engineer/');
    expect(engineer.jsonUrl).toBe('https://handbook.example.org/handbook/api/roles/ai-engineer.json');
    expect(engineer.jobDescriptionUrl).toBe('https://handbook.example.org/handbook/roles/ai-engineer/job-description.md');
  });

  test('carries each role\'s frontmatter fields as written, and never the draft flag', () => {
    for (const record of list.roles) {
      const source = roles.find((r) => r.id === record.id)!.data as Record<string, unknown>;
      expect(record.title).toBe(source.title);
      expect(record.family).toBe(source.family);
      expect(record.skills).toEqual(source.skills);
      expect(record).not.toHaveProperty('draft');
    }
  });

  test('each /api/roles/<id>.json is the same record', () => {
    for (const record of list.roles) expect(json(`api/roles/${record.id}.json`)).toEqual({ version: 1, ...record });
  });

  test('each published role, and no other, has its data, job description and compare record', () => {
    const ids = roles.map((r) => r.id).sort();
    expect(readdirSync(join(SITE_DIR, 'api/roles')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    expect(readdirSync(join(SITE_DIR, 'compare/roles')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    for (const id of ids) expect(existsSync(join(SITE_DIR, 'roles', id, 'job-description.md')), id).toBe(true);
  });
});

describe('/schema/role.schema.json', () => {
  const schema = json('schema/role.schema.json');
  const validate = new Ajv2020({ strict: false }).compile(schema);

  test('is generated from the zod schema and accepts every role file in the handbook', () => {
    expect(schema.$id).toBe('https://handbook.example.org/handbook/schema/role.schema.json');
    expect(schema.additionalProperties).toBe(false);
    for (const role of entries.filter((e) => e.collection === 'roles')) {
      const data = asEditorSees(role.data);
      expect(validate(data), `${role.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('refuses a misspelled key and a family outside the list', () => {
    const good = asEditorSees(roles[0]!.data) as Record<string, unknown>;
    expect(validate({ ...good, sumary: 'x' })).toBe(false);
    expect(validate({ ...good, family: 'wizardry' })).toBe(false);
  });
});

describe('job-description starters', () => {
  test.each(roles.map((r) => [r.id, r.data] as const))('/roles/%s/job-description.md is built from the role\'s data', (id, data) => {
    const role = data as { title: string; summary: string; responsibilities: string[]; skills: string[]; signals: string[]; doesNot: { task: string }[] };
    const md = readFileSync(join(SITE_DIR, 'roles', id, 'job-description.md'), 'utf8');
    expect(md.startsWith(`# ${role.title}\n`)).toBe(true);
    expect(md).toContain(role.summary);
    for (const line of [...role.responsibilities, ...role.skills, ...role.signals]) expect(md).toContain(`- ${line}`);
    for (const d of role.doesNot) expect(md).toContain(`- ${d.task}`);
    expect(md).toContain(`Role definition: https://handbook.example.org/handbook/roles/${id}/`);
  });
});

describe('social cards', () => {
  test('every role page names its title, description, canonical URL and its own card image', () => {
    for (const role of roles) {
      const html = readFileSync(join(SITE_DIR, 'roles', role.id, 'index.html'), 'utf8');
      const data = role.data as { title: string };
      expect(html).toContain(`<meta property="og:title" content="${data.title}">`);
      expect(html).toContain(`<meta property="og:url" content="https://handbook.example.org/handbook/roles/${role.id}/">`);
      expect(html).toContain(`<meta property="og:image" content="https://handbook.example.org/handbook/og/roles/${role.id}.png">`);
      const png = readFileSync(join(SITE_DIR, 'og/roles', `${role.id}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });
});

describe('host configuration written by the build', () => {
  test('_headers and the nginx include carry the same policy as the pages, and the redirects', () => {
    const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
    const nginx = readFileSync(join(SITE_DIR, '_nginx.conf'), 'utf8');
    const page = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // The header form adds only what a <meta> cannot carry.
    expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
    expect(nginx).toContain(`set $handbook_csp "${policy}; frame-ancestors 'none'";`);
    expect(headers).toMatch(/^\/handbook\/\*\n  Content-Security-Policy: default-src 'self';/);
  });
});

describe('exports of the other collections', () => {
  const exported = ['team-models', 'hiring-stages', 'paths', 'glossary', 'sources', 'occupations'] as const;

  test.each(exported)('/api/%s.json lists every published entry with its absolute address, each matching its JSON Schema', (collection) => {
    const list = json(`api/${collection}.json`);
    const published = entries.filter((e) => e.collection === collection && (e.data as { draft?: boolean }).draft !== true);
    expect(list).toMatchObject({ version: 1, collection, count: published.length });
    expect(list.entries.map((e: { id: string }) => e.id).sort()).toEqual(published.map((e) => e.id).sort());
    const schema = json(`schema/${collection}.schema.json`);
    expect(schema.$id).toBe(`https://handbook.example.org/handbook/schema/${collection}.schema.json`);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const record of list.entries) {
      expect(record.pageUrl).toMatch(new RegExp(`^https://handbook\\.example\\.org/handbook/${collection}/(${record.id}/|#${record.id})$`));
      expect(record).not.toHaveProperty('draft');
      const { id: _id, pageUrl: _pageUrl, ...fields } = record;
      expect(validate(fields), `${collection}/${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const source = published.find((e) => e.id === record.id)!.data as { title: string };
      expect(record.title).toBe(source.title);
    }
  });

  test('a schema refuses a field its collection does not have', () => {
    const validate = new Ajv2020({ strict: false }).compile(json('schema/glossary.schema.json'));
    const { id: _id, pageUrl: _pageUrl, ...term } = json('api/glossary.json').entries[0];
    expect(validate(term)).toBe(true);
    expect(validate({ ...term, defintion: 'x' })).toBe(false);
  });
});

describe('/api/roles.csv', () => {
  const text = readFileSync(join(SITE_DIR, 'api/roles.csv'), 'utf8');
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true, record_delimiter: '\r\n', skip_empty_lines: true });

  test('parses with a standard CSV parser into one row per published role, A to Z by title', () => {
    expect(rows.map((r) => r.ID)).toEqual(json('api/roles.json').roles.map((r: { id: string }) => r.id));
    expect(Object.keys(rows[0]!)).toEqual(['ID', 'Title', 'Also called', 'Family', 'Technical depth', 'First hired at', 'Levels', 'O*NET-SOC', 'ISCO-08', 'Official median pay (whole occupation)', 'Published pay', 'Page']);
  });

  test("carries each role's names, levels, codes and pay with their sources, and its absolute page address", () => {
    const engineer = rows.find((r) => r.ID === 'ai-engineer')!;
    expect(engineer.Title).toBe('AI Engineer');
    expect(engineer['Also called']).toBe('AI Developer; AI Software Engineer');
    expect(engineer['First hired at']).toBe('Early-stage');
    expect(engineer.Levels).toContain('Senior AI Engineer (Senior)');
    expect(engineer['O*NET-SOC']).toBe('15-1252.00 Software Developers (nearest)');
    expect(engineer['ISCO-08']).toBe('2512 Software developers (nearest)');
    expect(engineer['Official median pay (whole occupation)']).toBe('$133,080, United States, May 2024 (U.S. Bureau of Labor Statistics)');
    expect(engineer['Published pay']).toContain('$130,000 to $180,000 (Base salary, Entry (0-2 years), United States; CallSphere, 2026)');
    expect(engineer.Page).toBe('https://handbook.example.org/handbook/roles/ai-engineer/');
    for (const row of rows) {
      const data = roles.find((r) => r.id === row.ID)!.data as { compensation?: unknown[] };
      expect(row['Published pay'].split('; ').filter((p) => /^\$|^[A-Z]{3} /.test(p))).toHaveLength(data.compensation?.length ?? 0);
    }
  });
});
