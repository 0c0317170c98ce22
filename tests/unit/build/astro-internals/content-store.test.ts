import { describe, expect, test } from 'vitest';
import { STORE_MODULE, contentStoreFromFile } from '../../../../src/build/astro-internals/content-store.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

describe('content store read from its file', () => {
  const server = { environment: { name: 'ssr' } };

  test("the server bundle's store module parses Astro's store file when imported", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-store-'));
    try {
      const file = join(dir, "data-store's.json");
      writeFileSync(file, JSON.stringify([{ roles: 1 }, 'ai-engineer']));
      const store = contentStoreFromFile(file);
      expect(store.used()).toBe(false);
      const code = store.plugin.load.handler.call(server, STORE_MODULE)!;
      expect(store.used()).toBe(true);
      expect(code).not.toContain('ai-engineer');
      writeFileSync(join(dir, 'store.mjs'), code);
      const loaded = await import(pathToFileURL(join(dir, 'store.mjs')).href);
      expect(loaded.default).toEqual([{ roles: 1 }, 'ai-engineer']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('leaves other modules and browser code to Astro, and fails on a missing store file', () => {
    const store = contentStoreFromFile('/nowhere/data-store.json');
    expect(store.plugin.load.handler.call(server, '\0astro:content')).toBeUndefined();
    expect(store.plugin.load.handler.call({ environment: { name: 'client' } }, STORE_MODULE)).toBeUndefined();
    expect(store.used()).toBe(false);
    expect(() => store.plugin.load.handler.call(server, STORE_MODULE)).toThrow(/content store is not at \/nowhere\/data-store\.json/);
    expect(store.plugin.load.filter.id.test(STORE_MODULE)).toBe(true);
  });
});
