/**
 * One record per content collection: where its files are, what they must hold, what a reader
 * calls an entry, where its pages live and how search labels them. The content config, routes,
 * navigation, index pages, the content check and the search filters all read this record, so a
 * new collection is one record here, one schema in `schemas/` and its page templates.
 */
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, type CollectionName } from './schemas/common.ts';
import { roleSchema } from './schemas/role.ts';
import { teamModelSchema } from './schemas/team-model.ts';
import { hiringStageSchema } from './schemas/hiring-stage.ts';
import { pathSchema } from './schemas/path.ts';
import { guideSchema } from './schemas/guide.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { sourceSchema } from './schemas/source.ts';
import { occupationSchema } from './schemas/occupation.ts';
import { finderSchema } from './schemas/finder.ts';

export { COLLECTION_NAMES, type CollectionName };

/** How an entry is reached: a page of its own, an anchor on the index page, or the index itself (one entry). */
export type EntryAddress = 'page' | 'anchor' | 'single';

/** A search filter the search page offers, made from a field of the collection's entries. */
export interface SearchFilter {
  /** The filter's name in the index and in `/search/?<name>=`. */
  name: string;
  /** The select's label on the search page. */
  label: string;
  /** The select's first option, which clears the filter. */
  any: string;
}

export interface CollectionRecord<S extends z.ZodType = z.ZodType> {
  /** The folder under the content root. */
  folder: string;
  /** The file types an entry may be. */
  extensions: readonly string[];
  /** The frontmatter (or YAML document) schema. */
  schema: S;
  /** What a reader calls one entry, in messages: "role", "glossary term". */
  noun: string;
  /** The collection's name in navigation, breadcrumbs and index headings: "Roles". */
  label: string;
  /** The public path of its index page. An interface: people paste it into documents, so a change needs redirects. */
  path: string;
  /** How one entry is reached; see `EntryAddress`. */
  address: EntryAddress;
  /** What search shows beside a result from one of its pages; none when its entries have no page to find. */
  searchKind?: string;
  /** The filters the search page offers for it. */
  searchFilters?: readonly SearchFilter[];
  /** The index page's title and one-sentence summary; `cards` when it is a plain list of cards (src/pages/[collection]/). */
  index: { title: string; summary: string; cards?: boolean };
  /** How lists of its entries are ordered: by each entry's `order` field, then title; or A to Z by title. */
  order: 'order' | 'title';
  /** Listed in the header of every page. */
  nav: boolean;
  /** Titles and aliases must each name one entry of the collection. */
  uniqueNames?: boolean;
}

const MARKDOWN = ['md', 'mdx'] as const;
const YAML = ['yaml', 'yml'] as const;

/** The collections, in the order the header lists them. */
export const COLLECTIONS = {
  roles: {
    folder: 'roles',
    extensions: MARKDOWN,
    schema: roleSchema,
    noun: 'role',
    label: 'Roles',
    path: '/roles/',
    address: 'page',
    searchKind: 'Role',
    searchFilters: [
      { name: 'family', label: 'Role family', any: 'Any family' },
      { name: 'depth', label: 'Technical depth', any: 'Any depth' },
    ],
    index: { title: 'Roles', summary: 'Every role in the handbook, grouped by family. Each page has the same sections, so any two can be read side by side.' },
    order: 'title',
    nav: true,
    uniqueNames: true,
  },
  'team-models': {
    folder: 'team-models',
    extensions: MARKDOWN,
    schema: teamModelSchema,
    noun: 'team model',
    label: 'Team models',
    path: '/team-models/',
    address: 'page',
    searchKind: 'Team model',
    index: { title: 'Team models', summary: 'Three ways to organise the people who build with AI, when each works, and which roles sit where.', cards: true },
    order: 'order',
    nav: true,
  },
  'hiring-stages': {
    folder: 'hiring-stages',
    extensions: MARKDOWN,
    schema: hiringStageSchema,
    noun: 'hiring stage',
    label: 'Hiring stages',
    path: '/hiring-stages/',
    address: 'page',
    searchKind: 'Hiring stage',
    index: { title: 'Hiring stages', summary: 'Which AI roles to hire first, and in what order, at an early-stage company, a growing one and an enterprise.', cards: true },
    order: 'order',
    nav: true,
  },
  paths: {
    folder: 'paths',
    extensions: MARKDOWN,
    schema: pathSchema,
    noun: 'learning path',
    label: 'Learning paths',
    path: '/paths/',
    address: 'page',
    searchKind: 'Learning path',
    index: { title: 'Learning paths', summary: 'Step-by-step routes into AI roles from the jobs people already hold, each step with a goal and a project to show for it.', cards: true },
    order: 'title',
    nav: true,
  },
  guides: {
    folder: 'guides',
    extensions: MARKDOWN,
    schema: guideSchema,
    noun: 'guide',
    label: 'Guides',
    path: '/guides/',
    address: 'page',
    searchKind: 'Guide',
    index: { title: 'Guides', summary: 'Comparisons between roles that are often confused, and notes on using and extending the handbook.', cards: true },
    order: 'order',
    nav: true,
  },
  glossary: {
    folder: 'glossary',
    extensions: MARKDOWN,
    schema: glossarySchema,
    noun: 'glossary term',
    label: 'Glossary',
    path: '/glossary/',
    address: 'page',
    searchKind: 'Glossary',
    index: { title: 'Glossary', summary: 'The terms AI roles use, each defined in a sentence. Link to a term as /glossary/#<term> or to its own page.' },
    order: 'title',
    nav: true,
    uniqueNames: true,
  },
  sources: {
    folder: 'sources',
    extensions: YAML,
    schema: sourceSchema,
    noun: 'source',
    label: 'Sources',
    path: '/sources/',
    address: 'anchor',
    index: { title: 'Sources', summary: 'Every publication the handbook draws on. Figures on other pages link here, with the period each figure speaks for.' },
    order: 'title',
    nav: false,
  },
  occupations: {
    folder: 'occupations',
    extensions: YAML,
    schema: occupationSchema,
    noun: 'occupation',
    label: 'Official occupations',
    path: '/occupations/',
    address: 'anchor',
    index: {
      title: 'Official occupations',
      summary: 'The official occupation each role is counted in: its O*NET-SOC code, its ISCO-08 unit group, and the official median pay for that wider occupation.',
    },
    order: 'title',
    nav: false,
  },
  finder: {
    folder: 'finder',
    extensions: YAML,
    schema: finderSchema,
    noun: 'question set',
    label: 'Role finder',
    path: '/finder/',
    address: 'single',
    index: { title: 'Which role do I need?', summary: 'A few questions that lead to the role, or two, that fits your need, and the ones that do not.' },
    order: 'title',
    nav: false,
  },
} as const satisfies { [C in CollectionName]: CollectionRecord };

/** What search shows beside results from pages that are no collection's entry: indexes and tools. */
export const PAGE_SEARCH_KINDS = { index: 'Index', tool: 'Tool' } as const;

/** The record of one collection, as the general record type. */
export const collection = (name: CollectionName): CollectionRecord => COLLECTIONS[name];

/** The collections in header order, with their names. */
export const collectionList = (): { name: CollectionName; record: CollectionRecord }[] =>
  COLLECTION_NAMES.map((name) => ({ name, record: COLLECTIONS[name] as CollectionRecord }));

/** The schema of collection `C`. */
export type SchemaOf<C extends CollectionName> = (typeof COLLECTIONS)[C]['schema'];

/** The data an entry of `C` holds once its schema has parsed it. */
export type EntryData<C extends CollectionName> = z.output<SchemaOf<C>>;

/** The glob loader pattern for a collection's files: `*.{md,mdx}`. */
export const filePattern = (name: CollectionName) => `*.{${COLLECTIONS[name].extensions.join(',')}}`;

/** A published entry: drafts are checked, and never built into a page, an export or a link. */
export const isPublished = (data: { draft?: boolean | undefined } | object): boolean => (data as { draft?: unknown }).draft !== true;
