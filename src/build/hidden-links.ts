/**
 * Links to an entry a company folder hid (`hidden: true`, src/build/content-check/layers.ts)
 * become plain text in the built pages: the entry has no page, but the pages that refer to it
 * keep its title, so a sentence or a list still reads whole. Runs before the Markdown twins and
 * the site check, which then find no link to a missing page.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../collections.ts';
import { TOOL_PATHS, entryPath, roleFilePaths, withBase } from '../routes.ts';
import type { HiddenEntry } from './content-check/layers.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The addresses that lead nowhere once entries are hidden: each one's page and every file under
 * it (`/roles/<id>/job-description.md`), and for a role its data, its compare record and any
 * comparison that includes it.
 */
export function hiddenAddresses(hidden: readonly HiddenEntry[], base: string): RegExp | undefined {
  const parts = hidden.flatMap((h) => {
    if (COLLECTIONS[h.collection].address !== 'page') return [];
    const page = escapeRegExp(withBase(entryPath(h.collection, h.id), base));
    if (h.collection !== 'roles') return [`${page}[^"]*`];
    const files = roleFilePaths(h.id);
    const comparison = `${escapeRegExp(withBase(TOOL_PATHS.compare, base))}\\?roles=(?:[^"]*,)?${escapeRegExp(h.id)}(?:,[^"]*)?`;
    return [`${page}[^"]*`, escapeRegExp(withBase(files.json, base)), escapeRegExp(withBase(files.compare, base)), comparison];
  });
  return parts.length ? new RegExp(`^(?:${parts.join('|')})$`) : undefined;
}

/** `html` with every link to a hidden address replaced by the link's own content. */
export function unlinkHidden(html: string, hidden: RegExp): string {
  // Links do not nest, so a link's content runs to the first </a>.
  return html.replace(/<a\b[^>]*?\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (link, href: string, content: string) => (hidden.test(href.replace(/&amp;/g, '&')) ? content : link));
}

/** A compare record (`/compare/roles/<id>.json`) without the addresses of hidden entries: the tool shows their titles as text. */
export function unlinkHiddenJson(value: unknown, hidden: RegExp): unknown {
  if (Array.isArray(value)) return value.map((v) => unlinkHiddenJson(v, hidden));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'href' && typeof v === 'string' && hidden.test(v))).map(([k, v]) => [k, unlinkHiddenJson(v, hidden)]));
}

export function hiddenLinks(options: { hidden: () => Promise<HiddenEntry[]> }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:hidden-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const hidden = await options.hidden();
        const addresses = hiddenAddresses(hidden, base);
        if (!addresses) return;
        const outDir = fileURLToPath(dir);
        let changed = 0;
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = join(entry.parentPath, entry.name);
          const isRecord = entry.name.endsWith('.json') && entry.parentPath.endsWith(join('compare', 'roles'));
          if (!entry.name.endsWith('.html') && !isRecord) continue;
          const text = readFileSync(file, 'utf8');
          const out = isRecord ? JSON.stringify(unlinkHiddenJson(JSON.parse(text), addresses)) : unlinkHidden(text, addresses);
          if (out !== text) {
            writeFileSync(file, out);
            changed++;
          }
        }
        logger.info(`${hidden.length} hidden entr${hidden.length === 1 ? 'y' : 'ies'}: links to ${hidden.length === 1 ? 'it' : 'them'} made plain text in ${changed} file${changed === 1 ? '' : 's'}`);
      },
    },
  };
}
