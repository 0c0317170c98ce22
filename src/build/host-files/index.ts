/**
 * What the hosts that serve the site need besides the pages: a redirect page at each old
 * address of a renamed entry, `_redirects` and `_headers` (Netlify, Cloudflare Pages) and the
 * nginx include that deploy/nginx.conf reads. All derive from the same security policy and
 * redirect list as the pages, so they cannot drift from them.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedEntry } from '../content-check/check.ts';
import { contentSecurityPolicy } from '../../views/csp.ts';
import { headersFile, nginxInclude } from './host-config.ts';
import { netlifyRedirects, redirectPage, redirectsOf } from './redirects.ts';

export function hostFiles(options: { site: string; entries: () => Promise<CheckedEntry[]>; bootUrl: () => string }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = writeHostFiles(fileURLToPath(dir), base, options.site, await options.entries(), options.bootUrl());
        if (pages.length) logger.info(`${pages.length} old address${pages.length === 1 ? '' : 'es'} redirected`);
      },
    },
  };
}

/** Writes the host files into `outDir`; returns the redirect pages written, relative to it. */
export function writeHostFiles(outDir: string, base: string, site: string, entries: readonly CheckedEntry[], bootUrl: string): string[] {
  const redirects = redirectsOf(entries);
  const head = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ meta: true })}">\n`;
  const pages = redirects.map((r) => {
    const file = join(r.from, 'index.html').replace(/^\/+/, '');
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), redirectPage(r, { base, site, bootUrl, head }));
    return file;
  });
  writeFileSync(join(outDir, '_redirects'), netlifyRedirects(redirects, base));
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  writeFileSync(join(outDir, '_nginx.conf'), nginxInclude(base, redirects));
  return pages;
}
