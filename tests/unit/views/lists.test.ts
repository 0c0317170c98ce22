import { describe, expect, test } from 'vitest';
import { byOrderThenTitle, byTitle, groupByFamily, pick, rolesByTerm, rolesInModel } from '../../../src/views/lists.ts';

describe('ordering and grouping', () => {
  test('sorts by title without regard to case, and by order first where set', () => {
    const list = [{ data: { title: 'b', order: 1 } }, { data: { title: 'A', order: 2 } }, { data: { title: 'c', order: 1 } }];
    expect([...list].sort(byTitle).map((e) => e.data.title)).toEqual(['A', 'b', 'c']);
    expect([...list].sort(byOrderThenTitle).map((e) => e.data.title)).toEqual(['b', 'c', 'A']);
  });

  test('groups roles by family in the fixed family order and drops empty families', () => {
    const roles = [{ id: 'x', data: { family: 'product' as const } }, { id: 'y', data: { family: 'strategy' as const } }];
    expect(groupByFamily(roles).map((g) => g.label)).toEqual(['Strategy', 'Product']);
  });

  test('lists the roles that use each term, and the roles placed in a model', () => {
    const roles = [
      { id: 'a', data: { title: 'A', terms: ['rag'], teamModels: [{ model: 'hybrid', placement: 'In the platform team.' }] } },
      { id: 'b', data: { title: 'B', terms: ['rag', 'evals'], teamModels: [] } },
    ];
    expect(rolesByTerm(roles).get('rag')?.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rolesInModel('hybrid', roles)).toEqual([{ id: 'a', title: 'A', placement: 'In the platform team.' }]);
  });

  test('pick returns entries in the order asked and throws on an unknown id', () => {
    const map = new Map([['a', 1], ['b', 2]]);
    expect(pick(map, ['b', 'a'])).toEqual([2, 1]);
    expect(() => pick(map, ['c'])).toThrow('Unresolved reference "c"');
  });
});
