/**
 * Company folders on top of the handbook's content. Each layer has the shape of `content/`; the
 * layers are applied in order, collection by collection and id by id, the later one winning:
 *
 * - a file with a new id adds an entry;
 * - a file with an existing id replaces that entry;
 * - `merge: true` in its frontmatter changes only the top-level fields it gives and keeps the
 *   rest, body included unless it has a body of its own;
 * - `hidden: true` removes the entry: it is kept as a draft, with no page, and what refers to it
 *   shows its title as plain text.
 *
 * The result is a list of entries like any content root's, each still naming the file (and
 * line) each of its fields came from, so a problem in a company file is reported in that file.
 * `writeLayeredContent` writes the result as one folder, which is what Astro's loaders read.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { dump } from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../../collections.ts';
import type { PathKey } from '../../schemas/walk.ts';
import { readContent, type SourceEntry } from './read.ts';
import { ORIGINS_FILE, type EntryOrigin } from '../../content-root.ts';

/** The two keys only a company file may set; they are taken out before the schema sees the entry. */
const LAYER_KEYS = ['merge', 'hidden'] as const;

/** What became of one id, and from which files. */
export interface LayeredEntry {
  entry: SourceEntry;
  /** The layer whose file a reader edits to change the entry: 0 for the handbook, 1 for the first company folder. */
  layer: number;
  /** Every file the entry was made from, the handbook's first. */
  files: string[];
  /** The file whose text is the entry's whole file (a new or replacing file), or `undefined` for a merge, written anew. */
  copyOf?: string;
  /** Whether the handbook's own content has this id; false for an entry only a company folder adds. */
  inHandbook: boolean;
}

/** An entry a company layer removed with `hidden: true`. */
export interface HiddenEntry {
  collection: CollectionName;
  id: string;
  /** The company file that hid it. */
  file: string;
}

export interface LayeredContent {
  entries: LayeredEntry[];
  hidden: HiddenEntry[];
  /** Problems in the layer files themselves: a merge or a hide with nothing below it, or a bad `merge`/`hidden` value. */
  problems: { file: string; line: number; field: string; message: string }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const keyOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

/** The entry without the layer keys, which no schema accepts. */
function withoutLayerKeys(entry: SourceEntry): SourceEntry {
  if (!isRecord(entry.data)) return entry;
  const data = { ...entry.data };
  for (const key of LAYER_KEYS) delete data[key];
  return { ...entry, data };
}

/**
 * One field's origin in a merged entry: the company file for the fields it gives, the entry
 * below for the rest. `file` and `lineOf` of the merged entry follow it, field by field.
 */
function merged(below: SourceEntry, above: SourceEntry): SourceEntry {
  const given = new Set(Object.keys(above.data as object).filter((k) => !(LAYER_KEYS as readonly string[]).includes(k)));
  const ownBody = above.body.trim() !== '';
  const data = { ...(below.data as Record<string, unknown>), ...(withoutLayerKeys(above).data as Record<string, unknown>) };
  const from = (path: PathKey[]) => (typeof path[0] === 'string' && given.has(path[0]) ? above : below);
  return {
    ...above,
    data,
    body: ownBody ? above.body : below.body,
    lineOf: (path) => from(path).lineOf(path),
    // The entry below may itself be merged: it knows its own fields' files.
    fileOf: (path) => {
      const source = path[0] === 'body' ? (ownBody ? above : below) : from(path);
      return source.fileOf?.(path) ?? source.file;
    },
    readProblems: [...below.readProblems, ...above.readProblems],
  };
}

/** Applies `layers` (entries of each folder, the handbook's first) in order. */
export function layerEntries(layers: readonly SourceEntry[][]): LayeredContent {
  const current = new Map<string, LayeredEntry>();
  const hidden = new Map<string, HiddenEntry>();
  const problems: LayeredContent['problems'] = [];
  layers.forEach((entries, depth) => {
    for (const entry of entries) {
      const key = keyOf(entry);
      const data = isRecord(entry.data) ? entry.data : {};
      if (depth === 0) {
        for (const k of LAYER_KEYS) if (k in data) problems.push({ file: entry.file, line: entry.lineOf([k]), field: k, message: `only a company folder (HANDBOOK_OVERLAY, or overlays in handbook.config.ts) may set ${k}; the handbook's own content is the layer below them all` });
        current.set(key, { entry, copyOf: entry.file, layer: 0, files: [entry.file], inHandbook: true });
        continue;
      }
      const bad = LAYER_KEYS.filter((k) => k in data && typeof data[k] !== 'boolean');
      for (const k of bad) problems.push({ file: entry.file, line: entry.lineOf([k]), field: k, message: `must be true or false, not ${JSON.stringify(data[k])}` });
      // Whether it adds, replaces, merges or hides is unknown: the entry below stays as it was.
      if (bad.length) continue;
      const below = current.get(key);
      if (data.hidden === true) {
        if (!below) {
          problems.push({ file: entry.file, line: entry.lineOf(['hidden']), field: 'hidden', message: `hides ${key}, but no layer below has that entry; check the file name against the handbook's ${COLLECTIONS[entry.collection].folder}/ folder` });
          continue;
        }
        // Kept as a draft: it has no page and appears in no list, while the entries that refer to it
        // still know its title, which they show as plain text instead of a link.
        current.set(key, { entry: { ...below.entry, data: { ...(below.entry.data as object), draft: true } }, copyOf: undefined, layer: depth, files: [...below.files, entry.file], inHandbook: below.inHandbook });
        hidden.set(key, { collection: entry.collection, id: entry.id, file: entry.file });
      } else if (data.merge === true) {
        if (!below) {
          problems.push({ file: entry.file, line: entry.lineOf(['merge']), field: 'merge', message: `merges into ${key}, but no layer below has that entry; remove merge to add it as a new entry, or check the file name` });
          current.set(key, { entry: withoutLayerKeys(entry), copyOf: undefined, layer: depth, files: [entry.file], inHandbook: false });
        } else {
          // Merging into an entry an earlier folder hid brings it back, as the entry it was.
          const base = hidden.has(key) ? { ...below.entry, data: Object.fromEntries(Object.entries(below.entry.data as object).filter(([k]) => k !== 'draft')) } : below.entry;
          current.set(key, { entry: merged(base, entry), copyOf: undefined, layer: depth, files: [...below.files, entry.file], inHandbook: below.inHandbook });
        }
        hidden.delete(key);
      } else {
        current.set(key, { entry: withoutLayerKeys(entry), copyOf: 'merge' in data || 'hidden' in data ? undefined : entry.file, layer: depth, files: [entry.file], inHandbook: below?.inHandbook ?? false });
        hidden.delete(key);
      }
    }
  });
  return { entries: [...current.values()], hidden: [...hidden.values()], problems };
}

/** Reads the handbook's content and each company folder, and layers them. */
export function readLayers(root: string, overlays: readonly string[], cwd = process.cwd()): LayeredContent {
  return layerEntries([root, ...overlays].map((dir) => readContent(dir, cwd)));
}

/** A frontmatter value as YAML writes it back: a date as `YYYY-MM-DD`, the way it was written. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * Writes the layered content as one folder at `dir`: each entry's file copied, or, for a merged
 * entry, written from its merged fields and its body. A file already there with the same text is
 * left alone and one no entry makes is removed, so the authoring server's loaders, run again
 * after an edit, see only the files that changed.
 */
export function writeLayeredContent(dir: string, content: LayeredContent, cwd = process.cwd()): void {
  const origins: Record<string, EntryOrigin> = {};
  const wanted = new Map<string, string | Buffer>();
  for (const { entry, copyOf, layer, files } of content.entries) {
    const name = basename(entry.file);
    const path = `${COLLECTIONS[entry.collection].folder}/${name}`;
    origins[path] = { layer, file: resolve(cwd, entry.file), files: files.map((f) => resolve(cwd, f)) };
    if (copyOf) {
      wanted.set(path, readFileSync(resolve(cwd, copyOf)));
      continue;
    }
    const yaml = dump(plain(entry.data), { lineWidth: -1, noRefs: true });
    const ext = extname(name);
    wanted.set(path, ext === '.yaml' || ext === '.yml' ? yaml : `---\n${yaml}---\n${entry.body.replace(/^\n+/, '')}`);
  }
  wanted.set(ORIGINS_FILE, `${JSON.stringify(origins, null, 1)}\n`);
  const present = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')) : [];
  for (const path of present) if (!wanted.has(path)) rmSync(join(dir, path));
  for (const [path, text] of wanted) {
    const file = join(dir, path);
    if (existsSync(file) && readFileSync(file).equals(Buffer.from(text))) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
