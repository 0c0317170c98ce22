/** Pure helpers over lists of entries: ordering, grouping, picking and cards. */
import type { CollectionName } from '../collections.ts';
import { entryUrl } from '../routes.ts';
import { ROLE_FAMILIES, type RoleFamily } from '../schemas/role.ts';
import { FAMILY_LABELS } from './format.ts';

interface Titled {
  data: { title: string };
}
interface Ordered extends Titled {
  data: { title: string; order: number };
}

/** Sorts entries A to Z by title, ignoring case. */
export const byTitle = (a: Titled, b: Titled) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

/** Sorts entries by their `order` field, then by title. */
export const byOrderThenTitle = (a: Ordered, b: Ordered) => a.data.order - b.data.order || byTitle(a, b);

/** Groups roles by family in the families' fixed order, leaving out empty families. */
export function groupByFamily<T extends { data: { family: RoleFamily } }>(roles: readonly T[]): { family: RoleFamily; label: string; roles: T[] }[] {
  return ROLE_FAMILIES.map((family) => ({ family, label: FAMILY_LABELS[family], roles: roles.filter((r) => r.data.family === family) })).filter(
    (group) => group.roles.length > 0,
  );
}

/** For each glossary term, the roles whose `terms` list it. */
export function rolesByTerm<R extends { id: string; data: { terms: string[] } }>(roles: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const role of roles) {
    for (const term of role.data.terms) {
      if (!map.has(term)) map.set(term, []);
      map.get(term)!.push(role);
    }
  }
  return map;
}

/** Card data for a list of entries: link, title and one-sentence summary. */
export function cards(
  collection: Exclude<CollectionName, 'sources' | 'occupations' | 'finder'>,
  entries: readonly { id: string; data: { title: string; summary: string } }[],
): { href: string; title: string; summary: string }[] {
  return entries.map((e) => ({ href: entryUrl(collection, e.id), title: e.data.title, summary: e.data.summary }));
}

/** The roles that place themselves in a team model, with where each sits. */
export function rolesInModel(
  modelId: string,
  roles: readonly { id: string; data: { title: string; teamModels: { model: string; placement: string }[] } }[],
): { id: string; title: string; placement: string }[] {
  return roles.flatMap((r) => r.data.teamModels.filter((t) => t.model === modelId).map((t) => ({ id: r.id, title: r.data.title, placement: t.placement })));
}

/** The entries named by `ids`, in that order. The content check guarantees each exists. */
export function pick<T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  return ids.map((id) => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`Unresolved reference "${id}" reached the renderer`);
    return found;
  });
}
