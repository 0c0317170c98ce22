/**
 * The one module that queries content collections. Pages and components take data from
 * here, never from `getCollection` directly, so every list is filtered and ordered one way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/common.ts';
import { byOrderThenTitle, byTitle, groupByFamily, rolesByTerm } from './handbook.ts';
import { buildRoleView } from './role-view.ts';
import { basename, resolve } from 'node:path';
import { contentRoot } from './content-root.ts';
import { lastCommitDates } from './git-dates.ts';
import { config } from './site.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type TeamModelEntry = CollectionEntry<'team-models'>;
export type HiringStageEntry = CollectionEntry<'hiring-stages'>;
export type PathEntry = CollectionEntry<'paths'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type FinderEntry = CollectionEntry<'finder'>;

type Entry<C extends CollectionName> = CollectionEntry<C>;

// A build renders every page from the same content, so each collection is read once;
// the authoring server re-reads so edits show on reload.
const cache = new Map<CollectionName, Promise<unknown[]>>();

function published<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  const read = () =>
    getCollection(name, (entry) => !(entry.data as { draft?: boolean }).draft) as Promise<Entry<C>[]>;
  if (!import.meta.env.PROD) return read();
  if (!cache.has(name)) cache.set(name, read());
  return cache.get(name) as Promise<Entry<C>[]>;
}

/** Published roles, A to Z. */
export const getRoles = async () => (await published('roles')).sort(byTitle);
/** Team models in their set order. */
export const getTeamModels = async () => (await published('team-models')).sort(byOrderThenTitle);
/** Hiring stages from early to enterprise. */
export const getHiringStages = async () => (await published('hiring-stages')).sort(byOrderThenTitle);
/** Learning paths, A to Z. */
export const getPaths = async () => (await published('paths')).sort(byTitle);
/** Guides in their set order. */
export const getGuides = async () => (await published('guides')).sort(byOrderThenTitle);
/** Glossary terms, A to Z. */
export const getGlossary = async () => (await published('glossary')).sort(byTitle);
/** The role finder's question set, if the handbook has one. */
export const getFinder = async (): Promise<FinderEntry | undefined> => (await getCollection('finder'))[0];
/** Sources, A to Z. */
export const getSources = async () => (await published('sources')).sort(byTitle);

/** Entries of one collection by id, for resolving references. */
export async function indexById<C extends CollectionName>(name: C): Promise<Map<string, Entry<C>>> {
  return new Map((await published(name)).map((entry) => [entry.id, entry]));
}

/** Every entry a role page can refer to, by id; built once per build. */
export async function getRoleLookups() {
  const [roles, teamModels, hiringStages, sources, glossary] = await Promise.all([
    indexById('roles'),
    indexById('team-models'),
    indexById('hiring-stages'),
    indexById('sources'),
    indexById('glossary'),
  ]);
  return { roles, teamModels, hiringStages, sources, glossary };
}

let termUsers: Promise<Map<string, RoleEntry[]>> | undefined;
/** For each glossary term, the published roles that list it; built once per build. */
export async function getRolesByTerm(): Promise<Map<string, RoleEntry[]>> {
  if (!import.meta.env.PROD) return rolesByTerm(await getRoles());
  termUsers ??= getRoles().then(rolesByTerm);
  return termUsers;
}

/** View models of roles by id, in the order given, with every reference resolved. */
export async function getRoleViews(ids: readonly string[]) {
  const lookups = await getRoleLookups();
  return ids.map((id) => {
    const entry = lookups.roles.get(id);
    if (!entry) throw new Error(`Unresolved role "${id}" reached the renderer`);
    return buildRoleView(id, entry.data, lookups);
  });
}

/** Every published role's view model, grouped by family order, then A to Z. */
export async function getAllRoleViews() {
  const ordered = groupByFamily(await getRoles()).flatMap((group) => group.roles);
  return getRoleViews(ordered.map((r) => r.id));
}

let commitDates: Map<string, string> | undefined;

/** "Last updated" (from git history, where there is one) and "Edit this page" for an entry's page. */
export function pageMeta(collection: CollectionName, entry: { filePath?: string | undefined }): { lastUpdated?: string; editUrl?: string } {
  if (!entry.filePath) return {};
  commitDates ??= lastCommitDates(contentRoot());
  const file = basename(entry.filePath);
  const lastUpdated = commitDates.get(resolve(entry.filePath));
  return {
    ...(lastUpdated ? { lastUpdated } : {}),
    ...(config.editBaseUrl ? { editUrl: `${config.editBaseUrl.replace(/\/+$/, '')}/${collection}/${file}` } : {}),
  };
}
