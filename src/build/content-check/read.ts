import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load, YAMLException } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../collections.ts';
import type { PathKey } from '../../schemas/walk.ts';

/** One content file, read and parsed but not yet validated. */
export interface SourceEntry {
  collection: CollectionName;
  /** The entry id: the file name without extension. */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  /** The parsed frontmatter (or YAML document); `undefined` when it could not be parsed. */
  data: unknown;
  /**
   * The Markdown body, empty for YAML entries. The frontmatter is blanked to its line breaks, so
   * a line of the body is the same line of the file.
   */
  body: string;
  /** The file line of the value (or, failing that, the key) at `path`. */
  lineOf: (path: PathKey[]) => number;
  /**
   * For an entry merged from two layers (layers.ts), the file the field at `path` came from; `file`
   * is the company file that merged it. Absent for an entry read from one file.
   */
  fileOf?: (path: PathKey[]) => string;
  /** Problems found while reading: bad file names, YAML syntax errors. */
  readProblems: { line: number; message: string }[];
}

/** Reads every file of every collection under `root`. */
export function readContent(root: string, cwd = process.cwd()): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const { folder, extensions } = COLLECTIONS[collection];
    const dir = join(root, folder);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const file = relative(cwd, full) || full;
      if (statSync(full).isDirectory()) {
        entries.push(unreadable(collection, name, file, `folders are not read here: put entries directly in ${relative(cwd, dir)}/`));
        continue;
      }
      const ext = extname(name).slice(1);
      if (!(extensions as readonly string[]).includes(ext)) {
        entries.push(unreadable(collection, name, file, `unexpected file type ".${ext}": ${collection} entries are ${extensions.map((e) => `.${e}`).join(' or ')} files`));
        continue;
      }
      entries.push(parseEntry(collection, name.slice(0, -ext.length - 1), file, readFileSync(full, 'utf8'), ext));
    }
  }
  return entries;
}

function unreadable(collection: CollectionName, id: string, file: string, message: string): SourceEntry {
  return { collection, id, file, data: undefined, body: '', lineOf: () => 1, readProblems: [{ line: 1, message }] };
}

/**
 * Parses one file's text; exported so tests can parse inline fixtures. Frontmatter is taken the
 * way Astro takes it (the same function from Astro's own helpers), so a file Astro reads, one
 * that starts with a byte-order mark or a blank line for instance, is read here too.
 */
export function parseEntry(collection: CollectionName, id: string, file: string, text: string, ext: string): SourceEntry {
  const readProblems: SourceEntry['readProblems'] = [];
  let yamlText = text;
  // File lines before the YAML text's first line.
  let offset = 0;
  let body = '';
  let data: unknown;
  if (ext === 'yaml' || ext === 'yml') {
    data = parseYaml(yamlText, offset, readProblems);
  } else {
    const raw = extractFrontmatter(text);
    if (raw === undefined) {
      readProblems.push({ line: 1, message: 'missing frontmatter: the file must start with a --- block of YAML fields' });
      return { collection, id, file, data: undefined, body: text, lineOf: () => 1, readProblems };
    }
    // The raw block starts on the line of its opening ---.
    offset = text.slice(0, text.indexOf(raw)).split('\n').length - 1;
    yamlText = raw;
    try {
      const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
      data = parsed.frontmatter;
      body = parsed.content;
    } catch (error) {
      readProblems.push(yamlProblem(error, offset));
    }
  }
  let located: { doc: Document; counter: LineCounter } | undefined;
  const lineOf = (path: PathKey[]) => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: false }), counter };
    }
    return locate(located.doc, located.counter, path) + offset;
  };
  return { collection, id, file, data, body, lineOf, readProblems };
}

/**
 * A YAML entry's data, read as Astro reads it (js-yaml, fast). The positions, needed only to
 * report a problem, come from a second parse with the `yaml` library, made only when asked for.
 */
function parseYaml(text: string, offset: number, problems: SourceEntry['readProblems']): unknown {
  try {
    return load(text);
  } catch (error) {
    problems.push(yamlProblem(error, offset));
    return undefined;
  }
}

function yamlProblem(error: unknown, offset: number): { line: number; message: string } {
  const line = error instanceof YAMLException ? error.mark.line + 1 : 1;
  const message = error instanceof YAMLException ? error.reason : String(error);
  return { line: line + offset, message: `YAML syntax: ${message}` };
}

/** Finds the line of the deepest node along `path` that exists. */
function locate(doc: Document, counter: LineCounter, path: PathKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const at = path.slice(0, depth);
    const node = at.length ? doc.getIn(at, true) : doc.contents;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) {
      if (depth > 0) {
        // Prefer the key's line: a value on the next line belongs to the key above it.
        const keyLine = keyLineOf(doc, counter, at);
        if (keyLine) return keyLine;
      }
      return counter.linePos(range[0]).line;
    }
  }
  return 1;
}

function keyLineOf(doc: Document, counter: LineCounter, path: PathKey[]): number | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isScalar(pair.key) && pair.key.value === last && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return undefined;
}

/**
 * A body with its fenced code blocks blanked to spaces, so examples inside them are not checked
 * as content; every line keeps its place and length.
 */
export function withoutFencedCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
}
