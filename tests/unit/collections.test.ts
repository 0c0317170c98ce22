import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, PAGE_SEARCH_KINDS, collectionList, filePattern, isPublished } from '../../src/collections.ts';
import { ROOT } from '../support/paths.ts';

describe('the collection records', () => {
  test('there is one record for each collection name, in header order', () => {
    expect(Object.keys(COLLECTIONS)).toEqual([...COLLECTION_NAMES]);
    expect(collectionList().map((c) => c.name)).toEqual([...COLLECTION_NAMES]);
  });

  test("each record names a folder of the handbook's content, distinct paths, labels and search kinds", () => {
    const folders = readdirSync(resolve(ROOT, 'content'));
    const records = collectionList().map((c) => c.record);
    for (const record of records) expect(folders, record.folder).toContain(record.folder);
    for (const key of ['folder', 'path', 'label', 'noun'] as const) {
      expect(new Set(records.map((r) => r[key])).size, key).toBe(records.length);
    }
    const kinds = records.flatMap((r) => (r.searchKind ? [r.searchKind] : []));
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  test('an entry with a page of its own has a search kind; one without a page has none', () => {
    for (const { name, record } of collectionList()) expect(Boolean(record.searchKind), name).toBe(record.address === 'page');
  });

  test('the loader pattern takes every accepted extension', () => {
    expect(filePattern('roles')).toBe('*.{md,mdx}');
    expect(filePattern('sources')).toBe('*.{yaml,yml}');
  });

  test('only an entry marked draft: true is unpublished', () => {
    expect(isPublished({ draft: true })).toBe(false);
    expect(isPublished({ draft: false })).toBe(true);
    expect(isPublished({ title: 'A source' })).toBe(true);
  });
});

describe('what the records decide for pages', () => {
  test('search kinds, of collections and of other pages, are all different', () => {
    const kinds = [...collectionList().flatMap((c) => (c.record.searchKind ? [c.record.searchKind] : [])), ...Object.values(PAGE_SEARCH_KINDS)];
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  test('only collections whose entries have pages get a card index; lists follow each record\'s order', () => {
    for (const { name, record } of collectionList()) {
      if (record.index.cards) expect(record.address, name).toBe('page');
      expect(['order', 'title'], name).toContain(record.order);
    }
    expect(COLLECTIONS['hiring-stages'].order).toBe('order');
    expect(COLLECTIONS.roles.order).toBe('title');
  });
});
