/**
 * Keeps Astro's content store out of the build's server bundle.
 *
 * Astro writes every entry it loads (frontmatter and rendered HTML, about 13 KB a role page) to
 * `data-store.json` in its cache folder, then inlines that file into the bundle as one string
 * module: at 1,000 role pages a 13 MB string the bundler parses, keeps, writes out, and the
 * prerender parses again. A static build renders its pages on the same machine straight after
 * bundling, while that file is still in place, so the module can read the file instead. The build
 * then holds about 100 MB less at its peak, and the pages render from the same data.
 *
 * Only builds use this (the authoring server keeps Astro's own module, which reloads as content
 * changes), and only the server environment: browser code never imports the store.
 */
import { existsSync } from 'node:fs';

/** The id Astro resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
export const STORE_MODULE = '\0astro:data-layer-content';

/** The module that stands in for Astro's: it parses the store file when the prerender imports it. */
export function storeModule(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

export interface ContentStorePlugin {
  /** A Vite plugin whose `load` runs before Astro's own loader of the module. */
  plugin: {
    name: string;
    enforce: 'pre';
    apply: 'build';
    load: { order: 'pre'; filter: { id: RegExp }; handler: (this: { environment?: { name: string } }, id: string) => string | undefined };
  };
  /** Whether the bundle took the store from the file: false means Astro inlined it after all. */
  used(): boolean;
}

/**
 * `storeFile` is Astro's `data-store.json` for this build (`<cacheDir>/data-store.json`). A
 * missing file fails the build here: Astro's reader of the module swallows errors and would
 * otherwise render every collection empty.
 */
export function contentStoreFromFile(storeFile: string): ContentStorePlugin {
  let used = false;
  return {
    plugin: {
      name: 'handbook-content-store',
      enforce: 'pre',
      apply: 'build',
      load: {
        // Astro's own plugin is also 'pre' and registered first; the hook's order puts this one ahead.
        order: 'pre',
        filter: { id: /^\0astro:data-layer-content$/ },
        handler(id) {
          if (id !== STORE_MODULE || this.environment?.name === 'client') return undefined;
          if (!existsSync(storeFile)) {
            throw new Error(`Astro's content store is not at ${storeFile}, where this build expects it (Astro's cacheDir/data-store.json); was the content synced?`);
          }
          used = true;
          return storeModule(storeFile);
        },
      },
    },
    used: () => used,
  };
}
