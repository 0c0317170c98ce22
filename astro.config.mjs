// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import handbookConfig from './handbook.config.ts';
import handbook from './src/integrations/handbook.ts';
import { resolveConfig } from './src/lib/site-config.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';

const config = resolveConfig(handbookConfig);

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ hastPlugins: [baseLinks(config.base), headingAnchors()] }),
  },
  integrations: [mdx(), handbook()],
  devToolbar: { enabled: false },
});
