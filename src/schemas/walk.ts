import type { z } from 'astro/zod';
import { references, type CollectionName } from './common.ts';

export type PathKey = string | number;

/** One cross-reference found in an entry's data. */
export interface FoundReference {
  path: PathKey[];
  collection: CollectionName;
  value: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that hold one schema and let the data through unchanged. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Peels wrappers and pipes until the schema that describes the stored value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (references.has(current)) return current;
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out && def.in) {
      // A preprocess pipe's input is a transform; the schema that validates is its output.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else return current;
  }
}

/**
 * Walks `data` alongside `schema` and yields every value whose schema was made with `ref()`.
 * Values of the wrong shape are skipped: schema validation reports those.
 */
export function findReferences(schema: z.ZodType, data: unknown, path: PathKey[] = []): FoundReference[] {
  const found: FoundReference[] = [];
  const visit = (s: z.ZodType, value: unknown, at: PathKey[]) => {
    if (value === undefined || value === null) return;
    const inner = unwrap(s);
    const mark = references.get(inner);
    if (mark) {
      if (typeof value === 'string') found.push({ path: at, collection: mark.collection, value });
      return;
    }
    const def = defOf(inner);
    if (def.type === 'object' && def.shape && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(def.shape)) {
        visit(child, (value as Record<string, unknown>)[key], [...at, key]);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => visit(def.element!, item, [...at, i]));
    } else if (def.type === 'union' && def.options) {
      // Each option only descends into values of its own shape, so a value is visited once.
      for (const option of def.options) visit(option, value, at);
    }
  };
  visit(schema, data, path);
  return found;
}

/** The field names an object schema at `path` accepts, for "did you mean" messages. */
export function fieldsAt(schema: z.ZodType, path: PathKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = unwrap(def.shape[key]);
    else if (def.type === 'array' && def.element && typeof key === 'number') current = unwrap(def.element);
    else return [];
  }
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Wrappers whose field a file may leave out. */
const OPTIONAL = new Set(['optional', 'default', 'prefault']);

/** What `withoutReferences` returns for a value it removed. */
const REMOVED = Symbol('removed');

/**
 * A copy of `data` without the references `keep` refuses, for exports that must not name an
 * entry with no record (one a company folder hid). The smallest part that cannot stand without
 * the reference goes: a refused id leaves its list; a field that may be left out is left out; an
 * object that needs the reference (a hire-order step, a "confused with" pair, a pay figure and
 * its source) leaves its list, or, where it may be left out itself, its parent. A reference in a
 * required place outside any list, which nothing can stand in for, is kept as it is. Values of
 * unions are kept as they are.
 */
export function withoutReferences<T>(schema: z.ZodType, data: T, keep: (collection: CollectionName, id: string) => boolean): T {
  /** `removable`: whether the value can go, being an element of a list or a field that may be left out (or in one). */
  const visit = (s: z.ZodType, value: unknown, removable = false): unknown => {
    if (value === undefined || value === null) return value;
    const inner = unwrap(s);
    const mark = references.get(inner);
    if (mark) return typeof value === 'string' && !keep(mark.collection, value) ? REMOVED : value;
    const def = defOf(inner);
    if (def.type === 'object' && def.shape && typeof value === 'object' && !Array.isArray(value)) {
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, child] of Object.entries(def.shape)) {
        if (!(key in out)) continue;
        const optional = OPTIONAL.has(defOf(child).type);
        // A required field can go only with this object.
        const next = visit(child, out[key], removable || optional);
        if (next !== REMOVED) out[key] = next;
        else if (optional) delete out[key];
        else if (removable) return REMOVED;
      }
      return out;
    }
    if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((item) => visit(def.element!, item, true)).filter((item) => item !== REMOVED);
    return value;
  };
  return visit(schema, data) as T;
}
