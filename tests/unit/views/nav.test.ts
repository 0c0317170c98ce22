import { describe, expect, test } from 'vitest';
import { breadcrumbs, neighbours, sectionOf, SIDEBAR_GROUP_LIMIT, SIDEBAR_SECTION_LIMIT, sidebarFor, windowAround, type NavSection } from '../../../src/views/nav.ts';

const family = (id: string) => ({ id, label: id[0]!.toUpperCase() + id.slice(1), href: `/roles/#${id}` });

/** A roles section with `perFamily` roles in each of the named families, in reading order. */
function rolesSection(perFamily: number, families = ['strategy', 'engineering', 'product']): NavSection {
  return {
    label: 'Roles',
    href: '/roles/',
    entries: families.flatMap((f) => Array.from({ length: perFamily }, (_, i) => ({ href: `/roles/${f}-${i}/`, title: `${f} ${i}`, group: family(f) }))),
  };
}

const tools: NavSection = {
  label: 'Tools',
  href: '/tools/',
  entries: [
    { href: '/compare/', title: 'Compare roles' },
    { href: '/planner/', title: 'Plan a team' },
    { href: '/finder/', title: 'Which role do I need?' },
  ],
};
const glossary: NavSection = { label: 'Glossary', href: '/glossary/', entries: [{ href: '/glossary/a/', title: 'A' }, { href: '/glossary/b/', title: 'B' }] };

/** Every link the sidebar would render for a page. */
const linkCount = (sections: NavSection[], path: string) =>
  sidebarFor(sections, path).sections.reduce((n, s) => n + 1 + s.groups.reduce((m, g) => m + 1 + g.links.length + (g.more ? 1 : 0), 0), 0);

describe('sections', () => {
  test('a page belongs to the section whose index, entry or prefix it starts with', () => {
    const sections = [rolesSection(2), glossary, tools];
    expect(sectionOf(sections, '/roles/')?.label).toBe('Roles');
    expect(sectionOf(sections, '/roles/engineering-1/')?.label).toBe('Roles');
    expect(sectionOf(sections, '/roles/engineering-1/index.html')?.label).toBe('Roles');
    // A plan lives under the planner, a tool: it belongs to Tools, not to any collection.
    expect(sectionOf(sections, '/planner/early-stage/platform/')?.label).toBe('Tools');
    expect(sectionOf(sections, '/search/')).toBeUndefined();
    expect(sectionOf(sections, '/')).toBeUndefined();
  });

  test('the longest match wins when one section sits inside another', () => {
    const handbook: NavSection = { label: 'Handbook', href: '/h/', entries: [] };
    const roles: NavSection = { label: 'Roles', href: '/h/roles/', entries: [] };
    expect(sectionOf([handbook, roles], '/h/roles/x/')?.label).toBe('Roles');
  });
});

describe('the sidebar', () => {
  test('a small section lists every entry under its group, and marks the page', () => {
    const sections = [rolesSection(3), glossary, tools];
    const sidebar = sidebarFor(sections, '/roles/engineering-1/');
    expect(sidebar.inSection).toBe(true);
    const roles = sidebar.sections[0]!;
    expect(roles.current).toBe(true);
    expect(roles.groups.map((g) => [g.label, g.links.length])).toEqual([
      ['Strategy', 3],
      ['Engineering', 3],
      ['Product', 3],
    ]);
    const current = roles.groups.flatMap((g) => g.links).filter((l) => l.current);
    expect(current.map((l) => l.href)).toEqual(['/roles/engineering-1/']);
    // The other sections are links only.
    expect(sidebar.sections.slice(1).every((s) => !s.current && s.groups.length === 0)).toBe(true);
  });

  test('an ungrouped section forms one unnamed group', () => {
    const groups = sidebarFor([glossary], '/glossary/b/').sections[0]!.groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBeUndefined();
    expect(groups[0]!.links.map((l) => [l.title, l.current])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  test('a large section lists only the current group, around the page, and folds the others with their counts', () => {
    const sections = [rolesSection(400), tools];
    const roles = sidebarFor(sections, '/roles/engineering-200/').sections[0]!;
    const [strategy, engineering, product] = roles.groups;
    expect(strategy!.links).toEqual([]);
    expect(strategy!.count).toBe(400);
    expect(strategy!.href).toBe('/roles/#strategy');
    expect(product!.links).toEqual([]);
    expect(engineering!.links).toHaveLength(SIDEBAR_GROUP_LIMIT);
    expect(engineering!.links.some((l) => l.current && l.href === '/roles/engineering-200/')).toBe(true);
    expect(engineering!.more).toEqual({ href: '/roles/#engineering', label: 'All 400 in Engineering' });
  });

  test('the sidebar stays the same size however many entries there are', () => {
    const at = (n: number) => linkCount([rolesSection(n), glossary, tools], '/roles/engineering-5/');
    expect(at(100)).toBe(at(1000));
    expect(at(1000)).toBeLessThanOrEqual(SIDEBAR_GROUP_LIMIT + 10);
    // Up to the section limit, every entry is listed.
    const small = Math.floor(SIDEBAR_SECTION_LIMIT / 3);
    expect(at(small)).toBe(3 * small + 3 + 3);
  });

  test('on the index of a large section, every group is folded', () => {
    const roles = sidebarFor([rolesSection(400)], '/roles/').sections[0]!;
    expect(roles.groups.every((g) => g.links.length === 0 && g.count === 400)).toBe(true);
  });

  test('a page outside every section gets the sections alone', () => {
    const sidebar = sidebarFor([rolesSection(2), tools], '/search/');
    expect(sidebar.inSection).toBe(false);
    expect(sidebar.sections.every((s) => !s.current && s.groups.length === 0)).toBe(true);
  });
});

describe('windows', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  test('keeps the item at the centre where it can, and the length always', () => {
    expect(windowAround(items, 5, 4)).toEqual([3, 4, 5, 6]);
    expect(windowAround(items, 0, 4)).toEqual([0, 1, 2, 3]);
    expect(windowAround(items, 9, 4)).toEqual([6, 7, 8, 9]);
    expect(windowAround(items, -1, 4)).toEqual([0, 1, 2, 3]);
    expect(windowAround(items, 3, 20)).toEqual(items);
  });
});

describe('previous and next', () => {
  test('follow the reading order across groups, and stop at the ends', () => {
    const sections = [rolesSection(2), tools];
    expect(neighbours(sections, '/roles/strategy-1/')).toEqual({
      prev: expect.objectContaining({ href: '/roles/strategy-0/' }),
      next: expect.objectContaining({ href: '/roles/engineering-0/' }),
    });
    expect(neighbours(sections, '/roles/strategy-0/').prev).toBeUndefined();
    expect(neighbours(sections, '/roles/product-1/').next).toBeUndefined();
  });

  test('index pages, pages under an entry and pages outside a section have none', () => {
    const sections = [rolesSection(2), tools];
    expect(neighbours(sections, '/roles/')).toEqual({});
    expect(neighbours(sections, '/planner/early-stage/')).toEqual({});
    expect(neighbours(sections, '/search/')).toEqual({});
    expect(neighbours(sections, '/compare/').next?.title).toBe('Plan a team');
  });
});

describe('breadcrumbs', () => {
  const home = { label: 'Home', href: '/' };
  const sections = [rolesSection(2), tools];

  test('a role: home, the section, its family, then the page without a link', () => {
    expect(breadcrumbs(sections, '/roles/engineering-0/', home, 'Engineering 0')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Roles', href: '/roles/' },
      { label: 'Engineering', href: '/roles/#engineering' },
      { label: 'Engineering 0' },
    ]);
  });

  test('a page under an entry names the entry; an index page is home and itself', () => {
    expect(breadcrumbs(sections, '/planner/early-stage/', home, 'Early-stage plan').map((c) => c.label)).toEqual(['Home', 'Tools', 'Plan a team', 'Early-stage plan']);
    expect(breadcrumbs(sections, '/roles/', home, 'Roles')).toEqual([{ label: 'Home', href: '/' }, { label: 'Roles' }]);
    expect(breadcrumbs(sections, '/search/', home, 'Search')).toHaveLength(2);
  });
});
