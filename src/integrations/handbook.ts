import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { contentRoot } from '../lib/content-root.ts';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { findBrokenLinks, readBuiltSite } from '../lib/link-check.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import { themeCss } from '../lib/theme.ts';

const CONFIG_MODULE = 'virtual:handbook/config';
const THEME_MODULE = 'virtual:handbook/theme.css';

/**
 * The handbook's build hooks:
 * - before anything renders, every content file is validated, references included (Astro only
 *   logs a broken `reference()` and exits 0, so the build must fail here);
 * - after the pages are written, every internal link and fragment is checked, then the
 *   search index is written. Any failure fails `astro build`.
 */
export default function handbook({ config }: { config: HandbookConfig }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config: astroConfig, logger, updateConfig }) => {
        if (config.logo && !existsSync(new URL(`.${config.logo.src}`, astroConfig.publicDir))) {
          throw new Error(`handbook.config.ts logo.src = "${config.logo.src}": there is no such file in public/; put the logo there and name it by its path, such as /logo.svg`);
        }
        // The validated settings reach components as a module, so they are resolved once.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-config',
                resolveId: (id: string) => (id === CONFIG_MODULE || id === THEME_MODULE ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id === `\0${CONFIG_MODULE}`) return `export default ${JSON.stringify(config)};`;
                  if (id === `\0${THEME_MODULE}`) return themeCss(config);
                  return undefined;
                },
              },
            ],
          },
        });
        const root = contentRoot();
        const problems = checkContent(readContent(root));
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`The content under ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${report}`);
        }
        // The authoring server keeps running so the author can fix the file and see it reload.
        logger.error(`content problems:\n${report}`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const linkStart = performance.now();
        const broken = findBrokenLinks(readBuiltSite(outDir, base), base);
        if (broken.length) {
          const lines = broken.slice(0, 50).map((b) => `${b.page}: "${b.href}" ${b.reason}`);
          if (broken.length > 50) lines.push(`... and ${broken.length - 50} more`);
          throw new Error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site:\n${lines.join('\n')}`);
        }
        logger.info(`links checked in ${Math.round(performance.now() - linkStart)} ms`);

        const indexStart = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Search indexing could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Search indexing found no pages to index');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Writing the search index failed: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - indexStart)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
