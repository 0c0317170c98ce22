import { createHash } from 'node:crypto';
import { delimiter, isAbsolute, resolve } from 'node:path';

/**
 * The folder the handbook's content is read from: `./content`, or `HANDBOOK_CONTENT_DIR`
 * when set (tests and benchmarks build fixture content this way).
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const dir = env.HANDBOOK_CONTENT_DIR?.trim() || 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/**
 * The company folders layered on top of the content (src/build/content-check/layers.ts), in
 * order, the later winning: `HANDBOOK_OVERLAY`, folders separated as in PATH (`:`, or `;` on
 * Windows, where `:` is part of a drive's name), else the `overlays` setting of
 * handbook.config.ts, which loadConfig passes on in that variable.
 */
export function overlayFolders(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), separator = delimiter): string[] {
  return (env.HANDBOOK_OVERLAY ?? '')
    .split(separator)
    .map((dir) => dir.trim())
    .filter(Boolean)
    .map((dir) => (isAbsolute(dir) ? dir : resolve(cwd, dir)));
}

/**
 * The folder Astro's loaders read: the content root itself, or, with company folders, the
 * layered content the content check writes (one folder per set of layers, under Astro's cache).
 */
export function loadedRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const root = contentRoot(env, cwd);
  const overlays = overlayFolders(env, cwd);
  if (overlays.length === 0) return root;
  const key = createHash('sha256').update([root, ...overlays].join('\n')).digest('hex').slice(0, 12);
  return resolve(cwd, 'node_modules/.astro', `layered-${key}`);
}

/** Beside the layered content: where each of its files came from, for edit links and dates. */
export const ORIGINS_FILE = '_origins.json';

/** Where one file of the layered content came from, keyed `<folder>/<file name>` in ORIGINS_FILE. */
export interface EntryOrigin {
  /** 0 for the handbook's content, 1 for the first company folder, and so on. */
  layer: number;
  /** The file to edit to change the entry (absolute): the company file for a merge. */
  file: string;
  /** Every file the entry was made from (absolute), the handbook's first. */
  files: string[];
}
