import { z } from 'astro/zod';

/**
 * The names of the collections under `content/`, each in a folder of the same name. Schemas name
 * the collection a reference points into; everything else about a collection is its record in
 * src/collections.ts.
 */
export const COLLECTION_NAMES = ['roles', 'team-models', 'hiring-stages', 'paths', 'guides', 'glossary', 'sources', 'occupations', 'finder'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id: the file name without extension, lowercase kebab case. */
export function slug() {
  return z.string().regex(SLUG, { error: 'must be lowercase kebab case, such as "ai-engineer"' });
}

/**
 * Marks a schema as a cross-reference to another collection. The content check walks
 * schemas for these marks, so a new reference field is checked without further wiring.
 */
export const references = z.registry<{ collection: CollectionName }>();

/** An id of an entry in `collection`; it must resolve to a published entry. */
export function ref(collection: CollectionName) {
  return slug().register(references, { collection });
}

/**
 * YAML turns `2026-03-01` into a date and `2026` into a number depending on the parser,
 * so both are normalised to the string an author wrote.
 */
function dateToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return String(value);
  return value;
}

/**
 * What a schema looks like in the exported JSON Schema where zod cannot say it itself
 * (a preprocessing step has no JSON Schema form).
 */
export const jsonSchemaHints = z.registry<Record<string, unknown>>();

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z
  .preprocess(dateToText, z.string().regex(DAY, { error: 'must be a date written YYYY-MM-DD, such as 2026-11-01' }))
  .register(jsonSchemaHints, { type: 'string', pattern: DAY.source, description: 'A date, YYYY-MM-DD.' });

/** The period a figure speaks for: a year, a month or a day (`2026`, `2026-01`, `2026-01-15`). */
export const period = z
  .preprocess(dateToText, z.string().regex(PERIOD, { error: 'must be a year, month or day: 2026, 2026-01 or 2026-01-15' }))
  .register(jsonSchemaHints, {
    anyOf: [{ type: 'string', pattern: PERIOD.source }, { type: 'integer', minimum: 1900, maximum: 2100 }],
    description: 'The period a figure speaks for: 2026, 2026-01 or 2026-01-15.',
  });

/** A short line of plain text with no line breaks. */
export const line = z
  .string()
  .trim()
  .min(2, { error: 'must not be empty' })
  .max(240, { error: 'must be at most 240 characters; move detail into the page body' })
  .refine((s) => !/\n/.test(s), { error: 'must be a single line' });

/** One sentence, used in cards, meta descriptions and search results. */
export const sentence = z
  .string()
  .trim()
  .min(20, { error: 'must be a full sentence of at least 20 characters' })
  .max(240, { error: 'must be at most 240 characters so it fits a search result' })
  .refine((s) => /[.!?]$/.test(s), { error: 'must end with a full stop' })
  .refine((s) => !/\n/.test(s), { error: 'must be a single line' });

/** A list without repeated values. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
    error: 'must not list the same value twice',
  });
}

/**
 * Ids this entry was published under before a rename. Each old address keeps working: the
 * build writes a redirect page for it and server redirect rules (nginx, _redirects).
 */
export const redirectFrom = () => uniqueList(slug()).default([]);
