import { describe, expect, test } from 'vitest';
import { roleSchema } from '../../../src/schemas/role.ts';
import { teamModelSchema } from '../../../src/schemas/team-model.ts';
import { hiringStageSchema } from '../../../src/schemas/hiring-stage.ts';
import { pathSchema } from '../../../src/schemas/path.ts';
import { guideSchema } from '../../../src/schemas/guide.ts';
import { glossarySchema } from '../../../src/schemas/glossary.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { handbookConfigSchema } from '../../../src/schemas/config.ts';

const role = {
  title: 'AI Engineer',
  aliases: ['AI Developer'],
  summary: 'Builds products on top of existing foundation models.',
  family: 'engineering',
  focus: 'Application integration',
  technicalDepth: { level: 'high', note: 'software development' },
  responsibilities: ['Builds retrieval pipelines'],
  skills: ['Backend engineering'],
  signals: ['Has shipped a retrieval system'],
  hiringStage: 'early-stage',
  compensation: [
    { region: 'United States', currency: 'USD', min: 130000, max: 180000, basis: 'base', source: 'pay-data', asOf: '2026-01' },
  ],
  levels: (['mid', 'senior', 'staff'] as const).map((id) => ({
    id,
    title: `${id} AI Engineer`,
    scope: 'A scope for the tests.',
    autonomy: 'An autonomy for the tests.',
    impact: 'An impact for the tests.',
    change: 'A change for the tests.',
    signals: ['A signal'],
  })),
  occupationGap: 'None for the tests.',
  sources: ['pay-data'],
  lastReviewed: '2026-11-01',
};

/** The messages zod gives for `data`, each prefixed with its field path. */
function problems(schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('company level names', () => {
  const base = { name: 'Acme', site: 'https://a.example', base: '/' };
  test('name steps of the ladder by their ids, and refuse a step the ladder does not have', () => {
    expect(handbookConfigSchema.parse({ ...base, levelNames: { senior: 'L5' } }).levelNames).toEqual({ senior: 'L5' });
    expect(handbookConfigSchema.parse(base).levelNames).toEqual({});
    expect(problems(handbookConfigSchema, { ...base, levelNames: { L5: 'Senior' } })[0]).toMatch(/^levelNames: .*L5/);
    expect(problems(handbookConfigSchema, { ...base, levelNames: { senior: ' ' } })).toEqual(['levelNames.senior: must not be empty']);
  });
});

describe('role schema', () => {
  test('accepts a complete role and fills defaults', () => {
    const parsed = roleSchema.parse(role);
    expect(parsed.draft).toBe(false);
    expect(parsed.tools).toEqual([]);
    expect(parsed.compensation[0]!.openEnded).toBe(false);
  });

  test('a company\'s pay bands name one of the role\'s own levels, a currency, a band and the day it was set', () => {
    const band = { level: 'senior', currency: 'EUR', min: 98000, max: 124000, asOf: '2026-10-01' };
    expect(roleSchema.parse({ ...role, payBands: [band] }).payBands).toEqual([band]);
    expect(roleSchema.parse(role).payBands).toEqual([]);
    expect(problems(roleSchema, { ...role, payBands: [{ ...band, level: 'entry' }] })).toEqual(['payBands.0.level: "entry" is not one of this role\'s levels; use one of: mid, senior, staff']);
    expect(problems(roleSchema, { ...role, payBands: [{ ...band, min: 130000 }] })).toEqual(['payBands.0.min: min must not exceed max']);
    expect(problems(roleSchema, { ...role, payBands: [{ ...band, currency: 'euro', asOf: '2026' }] })).toEqual([
      'payBands.0.currency: must be a three-letter ISO 4217 code such as EUR',
      'payBands.0.asOf: must be a date written YYYY-MM-DD, such as 2026-11-01',
    ]);
  });

  test('a role names its official occupation or says why not, and not both', () => {
    const { occupationGap: _gap, ...unmapped } = role;
    expect(problems(roleSchema, unmapped)).toEqual(['occupation: is required: name the nearest official occupation (content/occupations/), or say in occupationGap why none could be found']);
    const both = { ...role, occupation: { id: 'software-developers', onet: 'nearest', isco: 'nearest' } };
    expect(problems(roleSchema, both)).toEqual(['occupationGap: is for a role with no occupation; remove it, or remove occupation']);
  });

  test('accepts a YAML date for lastReviewed and a number for asOf', () => {
    const parsed = roleSchema.parse({ ...role, lastReviewed: new Date('2026-11-01'), compensation: [{ ...role.compensation[0], asOf: 2026 }] });
    expect(parsed.lastReviewed).toBe('2026-11-01');
    expect(parsed.compensation[0]!.asOf).toBe('2026');
  });

  test('rejects a misspelled key', () => {
    const { summary, ...rest } = role;
    expect(problems(roleSchema, { ...rest, sumary: summary })).toEqual(expect.arrayContaining(['summary: Invalid input: expected string, received undefined', ': Unrecognized key: "sumary"']));
  });

  test('rejects a family outside the list', () => {
    expect(problems(roleSchema, { ...role, family: 'wizardry' })[0]).toMatch(/^family: Invalid option: expected one of "strategy"\|"engineering"/);
  });

  test('rejects a salary minimum above its maximum', () => {
    const bad = { ...role, compensation: [{ ...role.compensation[0], min: 200000, max: 100000 }] };
    expect(problems(roleSchema, bad)).toEqual(['compensation.0.min: min must not exceed max']);
  });

  test('rejects a summary that is not one sentence', () => {
    expect(problems(roleSchema, { ...role, summary: 'Builds things' })).toEqual(['summary: must be a full sentence of at least 20 characters', 'summary: must end with a full stop']);
  });

  test('rejects a reference that is not an id', () => {
    expect(problems(roleSchema, { ...role, related: ['AI Engineer'] })).toEqual(['related.0: must be lowercase kebab case, such as "ai-engineer"']);
  });

  test('rejects a date that is not YYYY-MM-DD, and a role with no source', () => {
    expect(problems(roleSchema, { ...role, lastReviewed: '1 Nov 2026', sources: [] })).toEqual([
      'sources: must cite at least one source',
      'lastReviewed: must be a date written YYYY-MM-DD, such as 2026-11-01',
    ]);
  });

  test('rejects the same alias twice', () => {
    expect(problems(roleSchema, { ...role, aliases: ['AI Developer', 'AI Developer'] })).toEqual(['aliases: must not list the same value twice']);
  });
});

describe('the other schemas', () => {
  const base = { summary: 'A sentence that is long enough to describe the entry.', sources: ['pay-data'], lastReviewed: '2026-11-01' };
  test('team model: accepts a good entry, rejects a missing order', () => {
    const good = { ...base, title: 'Hybrid model', order: 3, worksWhen: 'Several products need AI.' };
    expect(problems(teamModelSchema, good)).toEqual([]);
    const { order: _order, ...bad } = good;
    expect(problems(teamModelSchema, bad)).toEqual(['order: Invalid input: expected number, received undefined']);
  });

  test('hiring stage: rejects an empty hiring order', () => {
    expect(problems(hiringStageSchema, { ...base, title: 'Early-stage', order: 1, hireOrder: [{ role: 'ai-engineer', why: 'Builds the first product.' }] })).toEqual([]);
    expect(problems(hiringStageSchema, { ...base, title: 'Early-stage', order: 1, hireOrder: [] })).toEqual(['hireOrder: must name at least one role to hire']);
  });

  test('path: rejects a step with no milestone', () => {
    const step = { title: 'Month 1', goals: ['Call a model API'], milestone: 'A working prototype' };
    const good = { ...base, title: 'SWE to AI engineer', from: 'Software engineer', targetRoles: ['ai-engineer'], duration: '3 to 6 months', steps: [step] };
    expect(problems(pathSchema, good)).toEqual([]);
    const { milestone: _m, ...noMilestone } = step;
    expect(problems(pathSchema, { ...good, steps: [noMilestone] })).toEqual(['steps.0.milestone: Invalid input: expected string, received undefined']);
  });

  test('guide: accepts a guide with no sources', () => {
    expect(problems(guideSchema, { title: 'How to use this handbook', summary: base.summary, lastReviewed: '2026-11-01' })).toEqual([]);
  });

  test('glossary: rejects an unknown key', () => {
    expect(problems(glossarySchema, { title: 'RAG', summary: base.summary })).toEqual([]);
    expect(problems(glossarySchema, { title: 'RAG', summary: base.summary, definition: 'x' })).toEqual([': Unrecognized key: "definition"']);
  });

  test('source: rejects an unknown kind and a non-http URL', () => {
    const good = { title: 'IT Salary Report', publisher: 'Robert Half', year: 2026, kind: 'industry-report' };
    expect(problems(sourceSchema, good)).toEqual([]);
    expect(problems(sourceSchema, { ...good, kind: 'rumour', url: 'ftp://example.com' })).toEqual([
      'kind: Invalid option: expected one of "official-statistics"|"primary-text"|"official-release"|"survey"|"industry-report"|"pay-data"|"job-board"|"vendor-article"|"personal-essay"|"company-document"',
      'url: must be an http(s) address',
    ]);
  });

  test('config: rejects a base without a leading slash', () => {
    expect(problems(handbookConfigSchema, { name: 'Wiki', site: 'https://wiki.example.com', base: '/handbook' })).toEqual([]);
    expect(problems(handbookConfigSchema, { name: 'Wiki', site: 'https://wiki.example.com', base: 'handbook' })).toEqual([
      'base: must be a path starting with a slash, such as /handbook',
    ]);
  });
});
