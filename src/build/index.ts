/**
 * The handbook's build, as small Astro integrations that each own one concern, in the order
 * their hooks run:
 *
 * 1. site-modules: the deployment's settings as modules for pages and components;
 * 2. client-scripts: the browser code (src/client/), compiled, minified and hashed;
 * 3. content-check: every content file read once and validated before anything renders;
 * 4. astro-internals: the speed tricks that lean on Astro's internals, fenced in one folder;
 * 5. social-cards: each role's card, drawn on a second core while the pages render;
 * 6. host-files: redirect pages, `_redirects`, `_headers` and the nginx include;
 * 7. hidden-links: links to entries a company folder hid become plain text;
 * 8. markdown-twins: each content page as Markdown beside it, and `/llms-full.txt`;
 * 9. site-check: every published entry has its page, every internal link and #fragment resolves;
 * 10. search-index: the Pagefind index.
 *
 * Under `npm run build`, 8, the link check of 9, and 10 run once Astro has exited, so their memory
 * never adds to Astro's (after-exit.ts).
 *
 * State passes between them as values handed in here, never through files or globals. Any
 * failure fails `astro build`.
 */
import type { AstroIntegration } from 'astro';
import type { HandbookConfig } from '../schemas/config.ts';
import { astroInternals } from './astro-internals/index.ts';
import { clientScripts } from './client-scripts.ts';
import { contentCheck } from './content-check/index.ts';
import { hiddenLinks } from './hidden-links.ts';
import { hostFiles } from './host-files/index.ts';
import { markdownTwins } from './markdown-twins/index.ts';
import { searchIndex } from './search-index/index.ts';
import { siteCheck } from './site-check/index.ts';
import { siteModules } from './site-modules.ts';
import { socialCards } from './social-cards/index.ts';

export default function handbook({ config }: { config: HandbookConfig }): AstroIntegration[] {
  const content = contentCheck();
  const client = clientScripts();
  const site = siteCheck({ entries: content.entries });
  return [
    siteModules(config),
    client.integration,
    content.integration,
    astroInternals(),
    socialCards({ name: config.name, accent: config.accent.dark, entries: content.entries }),
    hostFiles({ site: config.site, entries: content.entries, bootUrl: client.bootUrl }),
    hiddenLinks({ hidden: content.hidden }),
    markdownTwins({ siteName: config.name }),
    site.integration,
    searchIndex({ searchable: site.searchable, siteName: config.name }),
  ];
}
