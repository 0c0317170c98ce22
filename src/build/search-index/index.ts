/**
 * The search index, the build's last step. Pagefind's program reads the built pages and writes
 * `<outDir>/pagefind`. `npm run build` (scripts/build.ts) runs it once Astro has exited, after
 * the Markdown twins and the link check, so they never hold memory beside Astro (at 1,000 role
 * pages Astro peaks at about 650 MB and Pagefind at about 250 MB): this hook sends the launcher
 * what those steps need (../after-exit.ts). Run any other way (`astro build` itself), the hook
 * writes the index here, so every build command produces the whole site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './write.ts';
import { stepsAfterExit, type BuiltSiteMessage } from '../after-exit.ts';

export function searchIndex(options: { searchable: () => number | undefined; siteName: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (stepsAfterExit()) {
          const message: BuiltSiteMessage = { type: 'handbook:built', outDir, base, siteName: options.siteName };
          await new Promise<void>((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
          return;
        }
        logger.info(`${indexSite(outDir, options.searchable())} (npm run build writes it after Astro exits, with less memory)`);
      },
    },
  };
}
