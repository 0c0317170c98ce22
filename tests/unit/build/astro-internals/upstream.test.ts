import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STORE_MODULE } from '../../../../src/build/astro-internals/content-store.ts';

// The speed tricks in src/build/astro-internals/ lean on how Astro works inside. These read the
// installed Astro itself, so an upgrade that changes what they rely on fails here, by name,
// before a build quietly renders something else.
const astroDist = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const read = (file: string) => readFileSync(join(astroDist, file), 'utf8');

describe("the Astro internals the build relies on (upgrade Astro, and these say what moved)", () => {
  test('the content store module is still astro:data-layer-content, resolved with a \\0 prefix', () => {
    expect(read('content/consts.js')).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(STORE_MODULE).toBe('\0astro:data-layer-content');
    expect(read('content/vite-plugin-content-virtual-mod.js')).toMatch(/RESOLVED_DATA_STORE_VIRTUAL_ID/);
  });

  test("Astro still keeps the store in its cache folder as data-store.json, and inlines that file's text into the bundle", () => {
    expect(read('content/consts.js')).toContain('const DATA_STORE_FILE = "data-store.json";');
    // The module the trick replaces: the whole file as one string in the server bundle.
    expect(read('content/vite-plugin-content-virtual-mod.js')).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });
});
