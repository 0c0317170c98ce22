/**
 * The handbook's navigation as data: its sections, each section's entries in reading order
 * (roles grouped by family), where a page sits among them, and what the sidebar, breadcrumbs
 * and previous/next links show. Pure: pages hand in the entries and the page's path.
 */

/** One page in a section's reading order. */
export interface NavEntry {
  href: string;
  title: string;
  /** The group it is listed under: a role's family. */
  group?: { id: string; label: string; href: string } | undefined;
}

/** A top-level section: a collection with its own pages, or the tools. */
export interface NavSection {
  label: string;
  href: string;
  /** The section's pages in reading order: sidebar, previous/next and breadcrumbs follow it. */
  entries: NavEntry[];
  /** Further pages that belong to the section without being listed in it (the planner's plans). */
  prefixes?: string[] | undefined;
}

/** A run of links in the sidebar, under a group heading or none. */
export interface SidebarGroup {
  label?: string | undefined;
  href?: string | undefined;
  /** How many entries the group holds in all, when only some of them, or none, are listed. */
  count: number;
  links: { href: string; title: string; current: boolean }[];
  /** The group lists only part of its entries; this link leads to them all. */
  more?: { href: string; label: string } | undefined;
}

/** The sidebar for one page: every section, and the current one's groups. */
export interface Sidebar {
  sections: { label: string; href: string; current: boolean; groups: SidebarGroup[] }[];
  /** Whether the page belongs to a section at all; pages that do not get no sidebar column. */
  inSection: boolean;
}

/**
 * At most this many links in one group of the sidebar. A page's sidebar so stays the same size
 * however many entries a section holds: a longer group lists the entries nearest the current one.
 */
export const SIDEBAR_GROUP_LIMIT = 24;

/** At most this many links in a section before its groups other than the current one fold to one link each. */
export const SIDEBAR_SECTION_LIMIT = 40;

/** Strips a trailing `index.html` and a fragment, so addresses compare as pages. */
const pageOf = (href: string) => href.replace(/#.*$/, '').replace(/index\.html$/, '');

/** What an address names: a section's index or prefix, or one of its entries (with its position). */
interface Place {
  section: NavSection;
  entry?: NavEntry | undefined;
  at?: number | undefined;
}

/**
 * Every address navigation knows, built once for a list of sections: every page of a large
 * section is looked up, not searched for, so a build's pages cost the same however many there are.
 */
const places = new WeakMap<readonly NavSection[], Map<string, Place>>();
function placesOf(sections: readonly NavSection[]): Map<string, Place> {
  let map = places.get(sections);
  if (!map) {
    map = new Map();
    for (const section of sections) {
      for (const prefix of [section.href, ...(section.prefixes ?? [])]) map.set(pageOf(prefix), { section });
      section.entries.forEach((entry, at) => map!.set(pageOf(entry.href), { section, entry, at }));
    }
    places.set(sections, map);
  }
  return map;
}

/**
 * Where a path sits: the address it is, or else the nearest one above it (a plan under the
 * planner), found by walking up its folders. `exact` says whether it is that address itself.
 */
function locate(sections: readonly NavSection[], path: string): (Place & { exact: boolean }) | undefined {
  const map = placesOf(sections);
  let page = pageOf(path);
  const exact = map.get(page);
  if (exact) return { ...exact, exact: true };
  while (page.length > 1) {
    page = page.replace(/[^/]*\/?$/, '');
    const found = map.get(page);
    if (found) return { ...found, exact: false };
  }
  return undefined;
}

/** The section a path belongs to: its own address's, or the nearest address above it. */
export function sectionOf(sections: readonly NavSection[], path: string): NavSection | undefined {
  return locate(sections, path)?.section;
}

/** The `limit` items nearest position `at` (the start of the list when `at` is -1), in order. */
export function windowAround<T>(items: readonly T[], at: number, limit: number): T[] {
  if (items.length <= limit) return [...items];
  const start = Math.min(Math.max(0, at - Math.floor(limit / 2)), items.length - limit);
  return items.slice(Math.max(0, start), Math.max(0, start) + limit);
}

/** Splits entries into their groups, keeping reading order; entries with no group form one unnamed group. */
function groupsOf(entries: readonly NavEntry[]): { group: NavEntry['group']; entries: NavEntry[] }[] {
  const groups: { group: NavEntry['group']; entries: NavEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.group?.id === entry.group?.id) last.entries.push(entry);
    else groups.push({ group: entry.group, entries: [entry] });
  }
  return groups;
}

/**
 * What the sidebar shows on the page at `path`: every section's link, and under the current
 * section its groups. A section of at most SIDEBAR_SECTION_LIMIT entries lists every one; a
 * larger one lists the current group's entries (at most SIDEBAR_GROUP_LIMIT, around the current
 * page) and folds every other group into one link with its count.
 */
export function sidebarFor(sections: readonly NavSection[], path: string): Sidebar {
  const place = locate(sections, path);
  const current = place?.section;
  const here = place?.entry;
  return {
    inSection: current !== undefined,
    sections: sections.map((section) => {
      if (section !== current) return { label: section.label, href: section.href, current: false, groups: [] };
      const small = section.entries.length <= SIDEBAR_SECTION_LIMIT;
      const groups = groupsOf(section.entries).map(({ group, entries }): SidebarGroup => {
        const open = small || (here !== undefined && entries.includes(here));
        const at = here ? entries.indexOf(here) : -1;
        const listed = small ? entries : open ? windowAround(entries, at, SIDEBAR_GROUP_LIMIT) : [];
        const partial = listed.length < entries.length;
        return {
          label: group?.label,
          href: group?.href,
          count: entries.length,
          links: listed.map((e) => ({ href: e.href, title: e.title, current: e === here })),
          more: open && partial ? { href: group?.href ?? section.href, label: `All ${entries.length}${group ? ` in ${group.label}` : ''}` } : undefined,
        };
      });
      return { label: section.label, href: section.href, current: true, groups };
    }),
  };
}

/** The entries before and after the page at `path` in its section's reading order. */
export function neighbours(sections: readonly NavSection[], path: string): { prev?: NavEntry | undefined; next?: NavEntry | undefined } {
  const place = locate(sections, path);
  if (!place?.exact || place.at === undefined) return {};
  return { prev: place.section.entries[place.at - 1], next: place.section.entries[place.at + 1] };
}

/** One step of a breadcrumb trail; the last is the page itself and carries no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** Home, the section, the entry's group (a role's family) where it has one, then the page. */
export function breadcrumbs(sections: readonly NavSection[], path: string, home: { label: string; href: string }, title: string): Crumb[] {
  const trail: Crumb[] = [{ label: home.label, href: home.href }];
  const place = locate(sections, path);
  if (place && pageOf(place.section.href) !== pageOf(path)) {
    trail.push({ label: place.section.label, href: place.section.href });
    const entry = place.entry;
    if (entry?.group) trail.push({ label: entry.group.label, href: entry.group.href });
    if (entry && !place.exact) trail.push({ label: entry.title, href: entry.href });
  }
  trail.push({ label: title });
  return trail;
}
