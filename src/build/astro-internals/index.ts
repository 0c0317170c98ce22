/**
 * Speed tricks that depend on how Astro works inside, not on its documented API. Each is
 * fenced here, names the upstream behaviour it works around, and fails the build loudly (and a
 * test, tests/build/astro-internals.test.ts) when Astro changes under it, rather than quietly
 * producing a different site:
 *
 * - content-store.ts: the build's server bundle reads Astro's content store from its cache file
 *   instead of inlining it as one string module (Astro's id `\0astro:data-layer-content`; see
 *   withastro/astro#13360 for the store's size limits).
 * - role-files-manifest.ts: each role's data, job description and compare record are rendered
 *   into one manifest route that exists only in a build, then written out as files, instead of
 *   3 routes a role through Astro's page pipeline.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentStoreFromFile, type ContentStorePlugin } from './content-store.ts';
import { writeRoleFiles } from './role-files-manifest.ts';

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
      'astro:build:done': ({ dir, logger }) => {
        if (store && !store.used()) {
          throw new Error("Astro's content store module (astro:data-layer-content) was bundled without the handbook's plugin (src/build/astro-internals/content-store.ts): has Astro renamed it?");
        }
        const count = writeRoleFiles(fileURLToPath(dir));
        logger.info(`${count} role data, job description and compare files written`);
      },
    },
  };
}
