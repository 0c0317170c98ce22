/**
 * The site's public paths, from the collection records. They are an interface: people paste
 * them into job descriptions, so a change needs redirects.
 */
import { COLLECTIONS, collectionList, type CollectionName } from './collections.ts';

/** Pages that are not a collection's: the tools and search. */
export const TOOL_PATHS = { tools: '/tools/', compare: '/compare/', planner: '/planner/', search: '/search/' } as const;

/** Pages that exist whatever the content: home, every collection's index, search and the tools. */
export const STATIC_PATHS: readonly string[] = ['/', ...collectionList().map((c) => c.record.path), ...Object.values(TOOL_PATHS)];

/** The path of a collection's index page, without the base. */
export const indexPath = (collection: CollectionName): string => COLLECTIONS[collection].path;

/**
 * The path of one entry's page, without the base: its own page, an anchor on the index page
 * (sources), or the index itself for a collection of one entry (the role finder).
 */
export function entryPath(collection: CollectionName, id: string): string {
  const { path, address } = COLLECTIONS[collection];
  if (address === 'anchor') return `${path}#${id}`;
  if (address === 'single') return path;
  return `${path}${id}/`;
}

/**
 * The paths, without the base, of the files each role has beside its page: its data, its
 * job-description starter and the compare tool's record. Public like the pages' paths.
 */
export function roleFilePaths(id: string) {
  return {
    json: `/api/roles/${id}.json`,
    jobDescription: `/roles/${id}/job-description.md`,
    compare: `/compare/roles/${id}.json`,
  };
}

/** A job-description starter for one level of a role: `/roles/ai-engineer/job-description-senior.md`. */
export const levelJobDescriptionPath = (id: string, level: string) => `/roles/${id}/job-description-${level}.md`;

/**
 * The base path pages are rendered under, always ending in a slash. Only code that Astro
 * renders knows it (from `import.meta.env.BASE_URL`); code that runs in Node, such as the build
 * hooks, is handed the base and passes it to `withBase`.
 */
export function basePath(env: { BASE_URL?: string } | undefined = import.meta.env): string {
  const base = env?.BASE_URL;
  if (base === undefined) throw new Error('basePath() is only known while Astro renders pages; outside it, pass the configured base to withBase(path, base)');
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefixes a root-relative path with the base path: `/roles/` becomes `/handbook/roles/`. */
export function withBase(path: string, base: string = basePath()): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** The public URL of one entry's page, base included. */
export const entryUrl = (collection: CollectionName, id: string): string => withBase(entryPath(collection, id));

/** The public URL of a collection's index, base included. */
export const indexUrl = (collection: CollectionName): string => withBase(indexPath(collection));

/** Absolute addresses of a role's page and exports, on the configured site and base. */
export function roleUrls(id: string, site: URL) {
  const at = (path: string) => new URL(withBase(path), site).href;
  const files = roleFilePaths(id);
  return { page: at(entryPath('roles', id)), json: at(files.json), jobDescription: at(files.jobDescription) };
}

/**
 * The Markdown twin of a page (src/build/markdown-twins/): its path plus `index.html.md`, so
 * `/roles/ai-engineer/` has `/roles/ai-engineer/index.html.md`.
 */
export function markdownTwinPath(pagePath: string): string {
  if (!pagePath.endsWith('/')) throw new Error(`markdownTwinPath("${pagePath}"): only a page whose path ends in "/" has a Markdown twin`);
  return `${pagePath}index.html.md`;
}
