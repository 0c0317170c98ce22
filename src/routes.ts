import type { CollectionName } from './schemas/common.ts';

/**
 * The public path of each collection's pages. These are an interface: people paste them into
 * job descriptions, so a change here needs redirects.
 */
const COLLECTION_PATHS: Record<CollectionName, string> = {
  roles: '/roles/',
  'team-models': '/team-models/',
  'hiring-stages': '/hiring-stages/',
  paths: '/paths/',
  guides: '/guides/',
  glossary: '/glossary/',
  sources: '/sources/',
  finder: '/finder/',
};

/** Pages that exist whatever the content: home, indexes and search. */
export const STATIC_PATHS = ['/', ...Object.values(COLLECTION_PATHS), '/search/', '/tools/', '/compare/', '/planner/'];

/** The path of a collection's index page, without the base. */
export function indexPath(collection: CollectionName): string {
  return COLLECTION_PATHS[collection];
}

/**
 * The path of one entry's page, without the base. Sources have no page of their own:
 * each is an anchor on the sources page.
 */
export function entryPath(collection: CollectionName, id: string): string {
  if (collection === 'sources') return `/sources/#${id}`;
  // The role finder is one question set, served at /finder/ whatever its file is called.
  if (collection === 'finder') return '/finder/';
  return `${COLLECTION_PATHS[collection]}${id}/`;
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

/** The site's base path as configured, always ending in a slash. */
export function basePath(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefixes a root-relative path with the base path: `/roles/` becomes `/handbook/roles/`. */
export function withBase(path: string, base: string = basePath()): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** The public URL of one entry's page, base included. */
export function entryUrl(collection: CollectionName, id: string): string {
  return withBase(entryPath(collection, id));
}

/** The public URL of a collection's index, base included. */
export function indexUrl(collection: CollectionName): string {
  return withBase(indexPath(collection));
}
