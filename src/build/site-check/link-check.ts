import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, isPublished } from '../../collections.ts';
import { entryPath, withBase } from '../../routes.ts';
import type { CheckedEntry } from '../content-check/check.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page the link is on, as a URL path. */
  page: string;
  href: string;
  reason: string;
}

/** One HTML page as the link check needs it: its ids and the targets of its links. */
export interface BuiltPage {
  ids: Set<string>;
  links: string[];
  /** Marked for search (see isSearchable). */
  searchable: boolean;
  /** The page itself, kept only when asked for (tests read it; the build does not). */
  html?: string;
}

/** The built site as URL paths: every file, and the ids and links of each HTML page. */
export interface BuiltSite {
  files: Set<string>;
  pages: Map<string, BuiltPage>;
}

const ID = /\sid="([^"]+)"/g;
/** Links, and the files copy buttons fetch (`data-src`, src/client/interactions.ts). */
const LINK = /<(?:a|link|script|img|source|form|button)\b[^>]*?\s(?:href|src|action|data-src)="([^"]*)"/g;

/** Marked for search: the page holds `data-pagefind-body` (redirect, search and 404 pages do not). */
export const isSearchable = (html: string) => html.includes('data-pagefind-body');

/** Reads what the link check needs of one page, and whether it is marked for search. */
export function parsePage(html: string, keepHtml = false): BuiltPage {
  return {
    ids: new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!))),
    links: [...html.matchAll(LINK)].map((m) => decodeEntities(m[1]!)),
    searchable: isSearchable(html),
    ...(keepHtml ? { html } : {}),
  };
}

/**
 * Reads a build output folder into URL paths under \`base\`. Pages are reduced to their ids and
 * links as they are read, so a site of thousands of pages is never held in memory whole.
 */
export function readBuiltSite(dir: string, base: string, { keepHtml = false } = {}): BuiltSite {
  const files = new Set<string>();
  const pages: BuiltSite['pages'] = new Map();
  for (const [urlPath, full] of builtFiles(dir, base)) {
    files.add(urlPath);
    if (urlPath.endsWith('.html')) pages.set(urlPath, parsePage(readFileSync(full, 'utf8'), keepHtml));
  }
  return { files, pages };
}

/** Every file of a build output folder: its URL path under `base`, and where it is on disk. */
export function* builtFiles(dir: string, base: string): Generator<[urlPath: string, file: string]> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    yield [prefix + relative(dir, full).split(sep).join('/'), full];
  }
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Maps a URL path to the file a static server answers it with. */
function fileFor(path: string, files: Set<string>): string | undefined {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  return files.has(path) ? path : undefined;
}

/**
 * Finds every internal link (`href`, `src`, `action`) and `#fragment` in the built pages that
 * does not resolve. Links outside `base` and to other hosts are out of scope here.
 */
export function findBrokenLinks(site: BuiltSite, base: string): BrokenLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  // Most links are root-relative and repeat on every page (navigation, footer, shared
  // references): each is resolved once, not once per page.
  const resolved = new Map<string, { path: string; fragment: string }>();
  const resolve = (href: string, pageUrl: URL) => {
    const url = new URL(href, pageUrl);
    return { path: decodeURI(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : '' };
  };
  for (const [pagePath, page] of site.pages) {
    const pageUrl = new URL(pagePath.replace(/index\.html$/, ''), 'http://handbook.invalid');
    // The 404 page is served at any depth, so relative links on it cannot be resolved here.
    const is404 = pagePath === `${prefix}404.html`;
    for (const href of page.links) {
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (is404 && !href.startsWith('/') && !href.startsWith('#')) {
        broken.push({ page: pagePath, href, reason: 'the 404 page is served at any path, so its links must be root-relative' });
        continue;
      }
      let target: { path: string; fragment: string };
      if (href.startsWith('/')) {
        target = resolved.get(href) ?? resolve(href, pageUrl);
        resolved.set(href, target);
      } else {
        target = resolve(href, pageUrl);
      }
      const { path, fragment } = target;
      if (!path.startsWith(prefix) && `${path}/` !== prefix) {
        broken.push({ page: pagePath, href, reason: `points outside the base path ${prefix}` });
        continue;
      }
      const file = fileFor(path, site.files);
      if (!file) {
        const hint = !path.endsWith('/') && site.files.has(`${path}/index.html`) ? ` (the page is ${path}/)` : '';
        broken.push({ page: pagePath, href, reason: `no file at ${path}${hint}` });
        continue;
      }
      if (fragment && file.endsWith('.html') && !site.pages.get(file)?.ids.has(fragment)) {
        broken.push({ page: pagePath, href, reason: `no element with id "${fragment}" on ${file.replace(/index\.html$/, '')}` });
      }
    }
  }
  return broken;
}

/**
 * The files of published entries whose page the build did not write. Astro renders a collection
 * it could not read as empty and says so only in a warning, so the build checks for itself.
 * An entry reached at an anchor (a source) has no page of its own.
 */
export function missingEntryPages(entries: readonly CheckedEntry[], files: ReadonlySet<string>, base: string): string[] {
  return entries
    .filter((e) => COLLECTIONS[e.collection].address !== 'anchor' && isPublished(e.data))
    .filter((e) => !files.has(`${withBase(entryPath(e.collection, e.id), base)}index.html`))
    .map((e) => e.file);
}
