/** Pure helpers over handbook data: ordering, grouping and labels. */
import { entryUrl } from '../routes.ts';
import { DEPTH_LEVELS, ROLE_FAMILIES, type DepthLevel, type RoleFamily, type Compensation } from '../schemas/role.ts';

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

/** Display names of role families, in the order the roles index shows them. */
export const FAMILY_LABELS: Record<RoleFamily, string> = {
  strategy: 'Strategy',
  engineering: 'Engineering',
  operations: 'Operations',
  data: 'Data',
  research: 'Research',
  product: 'Product',
  governance: 'Governance',
  leadership: 'Leadership',
  design: 'Design',
};

/** Display names of what a pay figure measures. */
export const BASIS_LABELS = { base: 'Base salary', total: 'Total compensation', median: 'Median pay', average: 'Average pay', unstated: 'Pay, basis not stated' } as const;

/** Display names of technical depth levels. */
export const DEPTH_LABELS: Record<DepthLevel, string> = {
  low: 'Low',
  'low-medium': 'Low to medium',
  medium: 'Medium',
  'medium-high': 'Medium to high',
  high: 'High',
};

/** "Low to medium (conceptual)": the level, with its qualifier when there is one. */
export function depthText(depth: { level: DepthLevel; note?: string | undefined }): string {
  return depth.note ? `${DEPTH_LABELS[depth.level]} (${depth.note})` : DEPTH_LABELS[depth.level];
}

/** Position of a depth level from 0 (low) to 4 (high), for sorting and meters. */
export const depthRank = (level: DepthLevel) => DEPTH_LEVELS.indexOf(level);

/** Groups roles by family in the families' fixed order, leaving out empty families. */
export function groupByFamily<T extends { data: { family: RoleFamily } }>(roles: readonly T[]): { family: RoleFamily; label: string; roles: T[] }[] {
  return ROLE_FAMILIES.map((family) => ({ family, label: FAMILY_LABELS[family], roles: roles.filter((r) => r.data.family === family) })).filter(
    (group) => group.roles.length > 0,
  );
}

// Building a number format is slow; one per currency serves every page of a build.
const formats = new Map<string, Intl.NumberFormat>();

/** Formats whole currency units: 165000 USD becomes "$165,000". */
export function money(amount: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    formats.set(currency, format);
  }
  return format.format(amount);
}

/** "$130,000 to $180,000", "$145,600" or "$250,000+" for a published pay figure. */
export function payRange(c: Pick<Compensation, 'min' | 'max' | 'openEnded' | 'currency'>): string {
  const plus = c.openEnded ? '+' : '';
  if (c.min === c.max) return `${money(c.min, c.currency)}${plus}`;
  return `${money(c.min, c.currency)} to ${money(c.max, c.currency)}${plus}`;
}

/** A human-readable period: "2026", "January 2026" or "15 January 2026". */
export function periodText(period: string): string {
  const [year, month, day] = period.split('-');
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const monthName = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
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

/** "Durapid Technologies, Deepesh Jain, 2026": who published a source and when. */
export function sourceCitation(s: { author?: string | undefined; publisher?: string | undefined; year: number }): string {
  return [s.author, s.publisher, String(s.year)].filter(Boolean).join(', ');
}

/** Card data for a list of entries: link, title and one-sentence summary. */
export function cards(
  collection: 'roles' | 'team-models' | 'hiring-stages' | 'paths' | 'guides' | 'glossary',
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
