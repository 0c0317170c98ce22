/**
 * The one module that queries content collections. Pages and components take data from
 * here, never from `getCollection` directly, so every list is filtered and ordered one way.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, COLLECTION_NAMES, isPublished, type CollectionName } from '../collections.ts';
import { withoutReferences } from '../schemas/walk.ts';
import { byOrderThenTitle, byTitle, groupByFamily, rolesByTerm } from '../views/lists.ts';
import { buildRoleView } from '../views/role-view.ts';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ORIGINS_FILE, contentRoot, loadedRoot, overlayFolders, type EntryOrigin } from '../content-root.ts';
import { lastCommitDates } from './git-dates.ts';
import { config } from './site.ts';

/** Renders an entry's Markdown body: its `Content` component and headings. */
export { render };

export type RoleEntry = CollectionEntry<'roles'>;
export type TeamModelEntry = CollectionEntry<'team-models'>;
export type HiringStageEntry = CollectionEntry<'hiring-stages'>;
export type PathEntry = CollectionEntry<'paths'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type FinderEntry = CollectionEntry<'finder'>;

type Entry<C extends CollectionName> = CollectionEntry<C>;

// A build renders every page from the same content, so each list, index and lookup is built
// once and shared by every page; the authoring server rebuilds them so edits show on reload.
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return make();
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

function published<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  return once(`published:${name}`, () => getCollection(name, (entry) => isPublished(entry.data)) as Promise<Entry<C>[]>);
}

/** A collection's published entries, in the order its record sets (by `order` then title, or A to Z). */
export function getEntries<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  return once(`list:${name}`, async () => {
    // Every collection's entries have a title, and those ordered by `order` have one (their schemas say so).
    const compare = (COLLECTIONS[name].order === 'order' ? byOrderThenTitle : byTitle) as (a: Entry<C>, b: Entry<C>) => number;
    return [...(await published(name))].sort(compare);
  });
}

/** Published roles, A to Z. */
export const getRoles = () => getEntries('roles');
/** Team models in their set order. */
export const getTeamModels = () => getEntries('team-models');
/** Hiring stages from early to enterprise. */
export const getHiringStages = () => getEntries('hiring-stages');
/** Learning paths, A to Z. */
export const getPaths = () => getEntries('paths');
/** Guides in their set order. */
export const getGuides = () => getEntries('guides');
/** Glossary terms, A to Z. */
export const getGlossary = () => getEntries('glossary');
/** Sources, A to Z. */
export const getSources = () => getEntries('sources');
/** Official occupations the roles map to, A to Z. */
export const getOccupations = () => getEntries('occupations');
/** The role finder's question set, if the handbook has one. */
export const getFinder = (): Promise<FinderEntry | undefined> => once('finder', async () => (await getCollection('finder'))[0]);

/** The ids of every collection's published entries. */
const publishedIds = () => once('published-ids', async () => new Map(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, new Set((await published(name)).map((e) => e.id))] as const))));

/**
 * An entry's data as the exports give it: without its references to entries that have no record
 * of their own, which are those a company folder hid (the content check refuses any other). The
 * pages show such a reference as its title in plain text; a record has no place for a title.
 */
export async function exportedData<C extends CollectionName>(collection: C, data: Entry<C>['data']): Promise<Entry<C>['data']> {
  const ids = await publishedIds();
  return withoutReferences(COLLECTIONS[collection].schema, data, (c, id) => ids.get(c)?.has(id) ?? false);
}

/**
 * Entries of one collection by id, for resolving references: drafts too, since an entry a company
 * folder hid is kept as a draft, and the pages that refer to it still show its title (as plain
 * text: src/build/hidden-links.ts). The content check refuses every other reference to a draft.
 */
export function indexById<C extends CollectionName>(name: C): Promise<Map<string, Entry<C>>> {
  return once(`index:${name}`, async () => new Map(((await getCollection(name)) as Entry<C>[]).map((entry) => [entry.id, entry])));
}

/** Every entry a role page can refer to, by id; built once per build. */
export function getRoleLookups() {
  return once('lookups', async () => {
    const [roles, teamModels, hiringStages, sources, glossary, occupations] = await Promise.all([
      indexById('roles'),
      indexById('team-models'),
      indexById('hiring-stages'),
      indexById('sources'),
      indexById('glossary'),
      indexById('occupations'),
    ]);
    return { roles, teamModels, hiringStages, sources, glossary, occupations };
  });
}

/** For each glossary term, the published roles that list it; built once per build. */
export const getRolesByTerm = (): Promise<Map<string, RoleEntry[]>> => once('terms', async () => rolesByTerm(await getRoles()));

/**
 * One role's view model, every reference resolved; built once per build, and shared by its
 * page, its job description, its compare record and every comparison that shows it.
 */
export function getRoleView(id: string) {
  return once(`view:${id}`, async () => {
    const lookups = await getRoleLookups();
    const entry = lookups.roles.get(id);
    if (!entry) throw new Error(`Unresolved role "${id}" reached the renderer`);
    return buildRoleView(id, entry.data, lookups, { levelNames: config.levelNames });
  });
}

/** View models of roles by id, in the order given. */
export const getRoleViews = (ids: readonly string[]) => Promise.all(ids.map(getRoleView));

/** Every published role's view model, grouped by family order, then A to Z. */
export function getAllRoleViews() {
  return once('all-views', async () => {
    const ordered = groupByFamily(await getRoles()).flatMap((group) => group.roles);
    return getRoleViews(ordered.map((r) => r.id));
  });
}

let commitDates: Map<string, string> | undefined;
let origins: Record<string, EntryOrigin> | undefined;

/** Where each loaded file came from: itself, or with company folders, the layer files it was made from. */
function originOf(collection: CollectionName, filePath: string): EntryOrigin {
  const root = loadedRoot();
  if (root === contentRoot()) return { layer: 0, file: resolve(filePath), files: [resolve(filePath)] };
  origins ??= JSON.parse(readFileSync(join(root, ORIGINS_FILE), 'utf8')) as Record<string, EntryOrigin>;
  const origin = origins[`${COLLECTIONS[collection].folder}/${basename(filePath)}`];
  if (!origin) throw new Error(`${filePath}: not in ${join(root, ORIGINS_FILE)}, which the content check writes with the layered content`);
  return origin;
}

/** The base of "Edit this page" for a layer: the handbook's editBaseUrl, or the company folder's own. */
function editBaseOf(layer: number): string | undefined {
  if (layer === 0) return config.editBaseUrl;
  const folder = overlayFolders()[layer - 1];
  const listed = config.overlays.find((o) => typeof o !== 'string' && resolve(o.path) === folder);
  return listed && typeof listed !== 'string' ? listed.editBaseUrl : undefined;
}

/**
 * "Last updated" (from git history, where there is one: the latest of the files an entry was made
 * from) and "Edit this page", which points into the repository of the layer whose file changes
 * the entry: the handbook's for its own files, a company folder's for the files it adds,
 * replaces or merges.
 */
export function pageMeta(collection: CollectionName, entry: { filePath?: string | undefined }): { lastUpdated?: string; editUrl?: string } {
  if (!entry.filePath) return {};
  commitDates ??= new Map([contentRoot(), ...overlayFolders()].flatMap((dir) => [...lastCommitDates(dir)]));
  const origin = originOf(collection, entry.filePath);
  const lastUpdated = origin.files.map((f) => commitDates!.get(f)).filter((d): d is string => d !== undefined).sort().at(-1);
  const editBase = editBaseOf(origin.layer);
  return {
    ...(lastUpdated ? { lastUpdated } : {}),
    ...(editBase ? { editUrl: `${editBase.replace(/\/+$/, '')}/${collection}/${basename(origin.file)}` } : {}),
  };
}
