/** How the handbook writes its values: labels, depth, pay and periods. */
import { DEPTH_LEVELS, type DepthLevel, type RoleFamily, type Compensation } from '../schemas/role.ts';

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

/** "Durapid Technologies, Deepesh Jain, 2026": who published a source and when. */
export function sourceCitation(s: { author?: string | undefined; publisher?: string | undefined; year: number }): string {
  return [s.author, s.publisher, String(s.year)].filter(Boolean).join(', ');
}
