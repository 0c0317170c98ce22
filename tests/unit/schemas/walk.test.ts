import { describe, expect, test } from 'vitest';
import { findReferences } from '../../../src/schemas/walk.ts';
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
