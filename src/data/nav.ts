/** The handbook's sections and their entries in reading order, built once per build from the content. */
import { collectionList, type CollectionName } from '../collections.ts';
import { entryUrl, indexUrl, TOOL_PATHS, withBase } from '../routes.ts';
import { groupByFamily } from '../views/lists.ts';
import type { NavEntry, NavSection } from '../views/nav.ts';
import { TOOL_PAGES } from '../views/tools.ts';
import { getEntries, getRoles } from './content.ts';

let sections: Promise<NavSection[]> | undefined;

async function entriesOf(name: CollectionName): Promise<NavEntry[]> {
  if (name === 'roles') {
    return groupByFamily(await getRoles()).flatMap((g) =>
      g.roles.map((r) => ({ href: entryUrl('roles', r.id), title: r.data.title, group: { id: g.family, label: g.label, href: `${indexUrl('roles')}#${g.family}` } })),
    );
  }
  return (await getEntries(name)).map((e) => ({ href: entryUrl(name, e.id), title: (e.data as { title: string }).title }));
}

async function build(): Promise<NavSection[]> {
  const collections = collectionList().filter((c) => c.record.nav);
  const listed = await Promise.all(
    collections.map(async ({ name, record }): Promise<NavSection> => ({
      label: record.label,
      href: indexUrl(name),
      // Only entries with pages of their own are listed; a collection addressed by anchors is one page.
      entries: record.address === 'page' ? await entriesOf(name) : [],
    })),
  );
  const tools: NavSection = {
    label: 'Tools',
    href: withBase(TOOL_PATHS.tools),
    entries: TOOL_PAGES.map((t) => ({ href: withBase(t.path), title: t.title })),
  };
  return [...listed, tools];
}

/**
 * Every section of the handbook with its entries, in the order navigation shows them: the
 * collections marked for navigation, then the tools. Built once per build; rebuilt on each
 * request by the authoring server, so edits show on reload.
 */
export function getNavSections(): Promise<NavSection[]> {
  if (!import.meta.env.PROD) return build();
  return (sections ??= build());
}
