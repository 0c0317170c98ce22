// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import handbook from './src/build/index.ts';
import { loadConfig } from './src/build/site-config.ts';
import { loadedRoot } from './src/content-root.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { tableWrap } from './src/markdown/table-wrap.ts';

// handbook.config.ts, or the file HANDBOOK_CONFIG names, so a deployment can keep its own; its
// company folders (overlays) are passed on in HANDBOOK_OVERLAY.
const config = await loadConfig();

// Astro keeps parsed content in its cache folder; one folder per content root (or set of layers)
// keeps a build of fixture content (HANDBOOK_CONTENT_DIR) from reusing entries of another root,
// and one per version of the schemas keeps entries parsed by older schemas (without a field
// that now has a default, say) from reaching the pages: Astro does not see a change to a module
// its content config imports.
const schemaDir = resolve('src/schemas');
const schemaText = readdirSync(schemaDir).sort().map((name) => readFileSync(join(schemaDir, name), 'utf8')).join('\n');
const contentKey = createHash('sha256').update(loadedRoot()).update(schemaText).update(readFileSync(resolve('src/collections.ts'), 'utf8')).digest('hex').slice(0, 12);

export default defineConfig({
  site: config.site,
  cacheDir: `./node_modules/.astro/content-${contentKey}`,
  base: config.base,
  trailingSlash: 'always',
  // Pages render sixteen at a time: one at a time, the thread sat idle waiting on each file
  // write (cold builds of 1,000 pages: 17.4 s on average at 1, 15.9 s at 16, same hour).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  markdown: {
    // Highlighters colour code with inline styles, which the security policy forbids; the
    // handbook's few code samples read well as plain monospace.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [baseLinks(config.base), headingAnchors(), tableWrap()] }),
  },
  vite: {
    build: {
      // Never inline an asset as a data: URL: the security policy allows images and fonts from the
      // site only (img-src 'self' covers the icons' masks), and the search module is fetched by URL.
      assetsInlineLimit: () => false,
      rolldownOptions: {
        // Astro marks the copy of each MDX module it bundles for styles and scripts
        // (`?astroPropagatedAssets`) with a "use astro:head-inject" directive, which nothing
        // reads there, and the bundler warns that it may drop it: ten lines for each of the
        // 34 MDX files, most of a build's log (withastro/astro#18087). Every other warning shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"') && warning.message.includes('?astroPropagatedAssets')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }), handbook({ config })],
  devToolbar: { enabled: false },
});
