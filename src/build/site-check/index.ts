/**
 * The check of the built site: every published entry has its page (Astro renders a collection it
 * could not read as empty, and says so only in a warning), and every internal link and
 * `#fragment` in the output leads somewhere. Any failure fails the build. It also counts the
 * pages marked for search, which the search index must hold.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { CheckedEntry } from '../content-check/check.ts';
import { builtFiles, findBrokenLinks, missingEntryPages, readBuiltSite, type BuiltSite } from './link-check.ts';
import { stepsAfterExit } from '../after-exit.ts';

export interface SiteCheck {
  integration: AstroIntegration;
  /** The number of pages marked for search, once the site is checked. */
  searchable: () => number | undefined;
}

export function siteCheck(options: { entries: () => Promise<CheckedEntry[]> }): SiteCheck {
  let base = '/';
  let searchable: number | undefined;
  const integration: AstroIntegration = {
    name: 'handbook:site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Under npm run build, the links are checked (and the pages marked for search counted) once
        // Astro has exited, after the twins (../after-exit.ts); here only the file names are read.
        if (stepsAfterExit()) return checkEntryPages(await options.entries(), new Set([...builtFiles(outDir, base)].map(([path]) => path)), base);
        const site = readBuiltSite(outDir, base);
        checkEntryPages(await options.entries(), site.files, base);
        searchable = checkLinks(site, base);
        logger.info(linksChecked(started));
      },
    },
  };
  return { integration, searchable: () => searchable };
}

/** What the log says once the links are checked. */
export const linksChecked = (started: number) => `links checked in ${Math.round(performance.now() - started)} ms`;

/**
 * Reads the built site at `outDir` and throws on any internal link or #fragment that leads
 * nowhere. Returns the number of pages marked for search, which the search index must hold.
 */
export const checkBuiltLinks = (outDir: string, base: string): number => checkLinks(readBuiltSite(outDir, base), base);

/** Fails the build on a published entry the build wrote no page for. */
function checkEntryPages(entries: readonly CheckedEntry[], files: ReadonlySet<string>, base: string): void {
  const missing = missingEntryPages(entries, files, base);
  if (missing.length) {
    throw new Error(`${missing.length} published entr${missing.length === 1 ? 'y has' : 'ies have'} no page in the built site (see Astro's warnings above about empty collections): ${missing.slice(0, 20).join(', ')}`);
  }
}

/** Fails the build on any internal link or #fragment in the output that leads nowhere; returns the pages marked for search. */
function checkLinks(site: BuiltSite, base: string): number {
  const broken = findBrokenLinks(site, base);
  if (broken.length === 0) return [...site.pages.values()].filter((page) => page.searchable).length;
  const lines = broken.slice(0, 50).map((b) => `${b.page}: "${b.href}" ${b.reason}`);
  if (broken.length > 50) lines.push(`... and ${broken.length - 50} more`);
  throw new Error(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site:\n${lines.join('\n')}`);
}
