// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import handbook from './src/integrations/handbook.ts';
import { resolveConfig } from './src/lib/site-config.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';

// HANDBOOK_CONFIG points at another settings file, so a deployment can keep its own.
const configFile = process.env.HANDBOOK_CONFIG ? pathToFileURL(resolve(process.env.HANDBOOK_CONFIG)).href : './handbook.config.ts';
const config = resolveConfig((await import(/* @vite-ignore */ configFile)).default);

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({ hastPlugins: [baseLinks(config.base), headingAnchors()] }),
  },
  vite: {
    build: {
      // The search module is fetched by URL when the reader reaches for search; never inline it as a data: URL.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }), handbook({ config })],
  devToolbar: { enabled: false },
});
