import { describe, expect, test } from 'vitest';
import { findReferences, withoutReferences } from '../../../src/schemas/walk.ts';
import { hiringStageSchema } from '../../../src/schemas/hiring-stage.ts';
import { roleSchema } from '../../../src/schemas/role.ts';
import { guideSchema } from '../../../src/schemas/guide.ts';

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

describe('references left out of an export', () => {
  const hidden = (collection: string, id: string) => !(collection === 'roles' && id === 'gone');

  test('a refused id leaves its list, and a pair or step that holds it leaves whole', () => {
    const role = {
      related: ['a', 'gone', 'b'],
      doesNot: [{ task: 'kept task', owner: 'gone' }, { task: 'other', owner: 'a' }],
      confusedWith: [{ role: 'gone', difference: 'd' }, { role: 'c', difference: 'e' }],
      hiringStage: 'early-stage',
    };
    expect(withoutReferences(roleSchema, role, hidden)).toEqual({
      related: ['a', 'b'],
      doesNot: [{ task: 'kept task' }, { task: 'other', owner: 'a' }],
      confusedWith: [{ role: 'c', difference: 'e' }],
      hiringStage: 'early-stage',
    });
    expect(role.related).toEqual(['a', 'gone', 'b']);
  });

  test('a hire-order step for a refused role is dropped, the others keep their order', () => {
    const stage = { hireOrder: [{ role: 'a', why: 'first' }, { role: 'gone', why: 'second' }, { role: 'b', why: 'third' }] };
    expect(withoutReferences(hiringStageSchema, stage, hidden).hireOrder.map((s) => s.role)).toEqual(['a', 'b']);
  });

  test('a pay figure goes with its source, an optional group with the entry it names, and a reference nothing can stand in for stays while the others go', () => {
    const gone = (_collection: string, id: string) => !['stage-gone', 'source-gone', 'occupation-gone'].includes(id);
    const role = {
      hiringStage: 'stage-gone',
      related: ['a', 'gone'],
      compensation: [{ source: 'source-gone', min: 1 }, { source: 'kept', min: 2 }],
      occupation: { id: 'occupation-gone', onet: { code: '1' } },
      sources: ['kept', 'source-gone'],
    };
    expect(withoutReferences(roleSchema, role, (c, id) => gone(c, id) && hidden(c, id))).toEqual({
      hiringStage: 'stage-gone',
      related: ['a'],
      compensation: [{ source: 'kept', min: 2 }],
      sources: ['kept'],
    });
  });

  test('a union value is kept as it is, and data with nothing refused comes back equal', () => {
    expect(withoutReferences(guideSchema, { compare: ['a', 'gone'] }, hidden)).toEqual({ compare: ['a', 'gone'] });
    expect(withoutReferences(roleSchema, { related: ['a'] }, hidden)).toEqual({ related: ['a'] });
  });
});
