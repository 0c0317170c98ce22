/**
 * Speed tricks that depend on how Astro works inside, not on its documented API. Each is
 * fenced here, names the upstream behaviour it works around, and fails the build loudly (and a
 * test, tests/unit/build/astro-internals/upstream.test.ts) when Astro changes under it, rather
 * than quietly producing a different site. Each is measured at 1,000 roles in docs/performance.md.
 *
 * - content-store.ts: the build's server bundle reads Astro's content store from its cache file
 *   instead of inlining it as one string module (Astro's `\0astro:data-layer-content`, see
 *   withastro/astro#13360 on the store's size): about 110 MB less at the build's peak.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentStoreFromFile, type ContentStorePlugin } from './content-store.ts';

export function astroInternals(): AstroIntegration {
  let store: ContentStorePlugin | undefined;
  return {
    name: 'handbook:astro-internals',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        store = contentStoreFromFile(fileURLToPath(new URL('data-store.json', config.cacheDir)));
        updateConfig({ vite: { plugins: [store.plugin] } });
      },
      'astro:build:done': () => {
        if (store && !store.used()) {
          throw new Error("Astro's content store module (astro:data-layer-content) was bundled without the handbook's plugin (src/build/astro-internals/content-store.ts): has Astro renamed it?");
        }
      },
    },
  };
}
