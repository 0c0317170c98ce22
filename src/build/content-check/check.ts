import type { z } from 'astro/zod';
import { COLLECTIONS, isPublished, type CollectionName, type EntryData } from '../../collections.ts';
import { withoutFencedCode, type SourceEntry } from './read.ts';
import { readLayers, writeLayeredContent, type HiddenEntry } from './layers.ts';
import { consistencyProblems } from './consistency.ts';
import { componentProblems } from './components.ts';
import { headingSlugger } from '../../markdown/slugs.ts';
import { RESERVED_ROLE_IDS } from '../../views/role-sections.ts';
import { STATIC_PATHS, entryPath } from '../../routes.ts';
import { fieldsAt, findReferences, type PathKey } from '../../schemas/walk.ts';

/** One problem in one file, printed as `file:line field: message`. */
export interface Problem {
  file: string;
  line: number;
  /** The field the problem is in, written as a path such as `compensation[0].min`; empty for the file as a whole. */
  field: string;
  message: string;
}

/** Writes a data path the way authors see it in YAML: `confusedWith[1].role`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** `file:line field: message`, the one format every content problem is printed in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A content file as later build steps use it: where it is, and its data as its schema parsed it
 * (defaults filled in). Typed by collection, so `entry.collection === 'roles'` narrows `data`.
 */
export type CheckedEntry = { [C in CollectionName]: { collection: C; id: string; file: string; data: EntryData<C> } }[CollectionName];

/**
 * Every file under a content root, read and checked once: each entry its schema accepted, and
 * each problem as a `file:line field: message` line. Later build steps use these entries, never
 * the files: the content is read once and validated once.
 */
export interface CheckedContent {
  entries: CheckedEntry[];
  problems: string[];
  /** What the build should say without failing: each reference to an entry a company folder hid. */
  notes: string[];
  /** Entries a company folder hid (`hidden: true`). */
  hidden: HiddenEntry[];
}

/**
 * Reads and checks everything under `root`, with the company folders `overlays` layered on top
 * (layers.ts), as the build, the authoring server and `npm run check:content` do. A problem is
 * reported in the file its field came from, company file or handbook file.
 */
export function checkContentAt(root: string, overlays: readonly string[] = [], { writeTo }: { writeTo?: string } = {}): CheckedContent {
  const layered = readLayers(root, overlays);
  const sources = layered.entries.map((l) => l.entry);
  const companyRoles = new Set(layered.entries.filter((l) => !l.inHandbook && l.entry.collection === 'roles').map((l) => l.entry.id));
  const { entries, problems, notes } = checkContent(sources, { hidden: layered.hidden, companyRoles });
  const mergedByFile = new Map(sources.filter((e) => e.fileOf).map((e) => [e.file, e]));
  const locate = (p: Problem) => {
    const merged = mergedByFile.get(p.file);
    const top = p.field.split(/[.[]/)[0];
    return merged && top ? { ...p, file: merged.fileOf!([top]) } : p;
  };
  const located = problems.map(locate);
  const all = [...layered.problems, ...located].map(formatProblem);
  // What Astro's loaders read: the layered entries as one folder, written only for sound content.
  if (writeTo && all.length === 0) writeLayeredContent(writeTo, layered);
  return { entries, problems: all, notes: notes.map(locate).map(formatProblem), hidden: layered.hidden };
}

/** Validates every entry against its schema and every cross-reference, title and internal link. */
export function checkContent(
  entries: readonly SourceEntry[],
  { hidden = [], companyRoles = new Set() }: { hidden?: readonly HiddenEntry[]; companyRoles?: ReadonlySet<string> } = {},
): { entries: CheckedEntry[]; problems: Problem[]; notes: Problem[] } {
  const problems: Problem[] = [];
  // A reference to an entry a company folder hid is no error: the page shows its title as text.
  const notes: Problem[] = [];
  const hiddenBy = new Map(hidden.map((h) => [`${h.collection}/${h.id}`, h.file]));
  const hiddenNote = (collection: CollectionName, id: string) => `${COLLECTIONS[collection].noun} "${id}" is hidden by ${hiddenBy.get(`${collection}/${id}`)}; shown as plain text, not a link`;
  const published = new Map<CollectionName, Set<string>>();
  const drafts = new Map<CollectionName, Set<string>>();
  const parsed = new Map<SourceEntry, Record<string, unknown>>();

  for (const entry of entries) {
    for (const p of entry.readProblems) problems.push({ file: entry.file, line: p.line, field: '', message: p.message });
    if (entry.readProblems.length) continue;
    if (!SLUG.test(entry.id)) {
      problems.push({
        file: entry.file,
        line: 1,
        field: '',
        message: `file name "${entry.id}" must be lowercase kebab case, such as "ai-engineer"; it becomes the page's URL`,
      });
    }
    const schema = COLLECTIONS[entry.collection].schema as z.ZodType;
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.set(entry, result.data as Record<string, unknown>);
    else problems.push(...result.error.issues.flatMap((issue) => issueProblems(entry, schema, issue)));
    // An entry its schema refused still counts as a draft or not, so references to it are judged by what its file says.
    const bucket = isPublished(result.success ? (result.data as object) : ((entry.data ?? {}) as object)) ? published : drafts;
    if (!bucket.has(entry.collection)) bucket.set(entry.collection, new Set());
    bucket.get(entry.collection)!.add(entry.id);
  }

  for (const entry of entries) {
    if (entry.data === undefined) continue;
    const entryIsDraft = drafts.get(entry.collection)?.has(entry.id) ?? false;
    for (const found of findReferences(COLLECTIONS[entry.collection].schema as z.ZodType, entry.data)) {
      const message = referenceProblem(found.collection, found.value, published, drafts, entryIsDraft);
      const self = found.collection === entry.collection && found.value === entry.id;
      if (message && hiddenBy.has(`${found.collection}/${found.value}`)) {
        if (!entryIsDraft) notes.push({ file: entry.file, line: entry.lineOf(found.path), field: formatPath(found.path), message: hiddenNote(found.collection, found.value) });
        continue;
      }
      if (message || self) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(found.path),
          field: formatPath(found.path),
          message: message ?? `refers to the entry itself; name another ${COLLECTIONS[found.collection].noun}`,
        });
      }
    }
  }

  problems.push(...redirectProblems(entries, parsed));
  for (const [collection, record] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const own = entries.filter((e) => e.collection === collection);
    if (record.address === 'single') {
      for (const extra of own.slice(1)) {
        problems.push({
          file: extra.file,
          line: 1,
          field: '',
          message: `content/${record.folder}/ holds one ${record.noun}, served at ${record.path}; ${own[0]!.file} is already it, so move its questions there`,
        });
      }
    }
    if ('uniqueNames' in record && record.uniqueNames) problems.push(...duplicateTitles(own.filter((e) => parsed.has(e)), parsed));
  }

  // Facts one page states and another repeats or computes, among the entries their schemas accepted.
  const consistency = consistencyProblems(
    [...parsed].map(([entry, data]) => ({ entry, data })),
    companyRoles,
  );
  problems.push(...consistency.problems);
  notes.push(...consistency.notes);

  const routes = knownRoutes(published);
  // Links to the page of a hidden entry: the build turns each into plain text (src/build/hidden-links.ts).
  const hiddenPaths = new Map(hidden.filter((h) => COLLECTIONS[h.collection].address === 'page').map((h) => [entryPath(h.collection, h.id), hiddenNote(h.collection, h.id)]));
  for (const entry of entries) {
    const links = bodyLinkProblems(entry, routes, published, hiddenPaths);
    problems.push(...links.problems);
    if (!(drafts.get(entry.collection)?.has(entry.id) ?? false)) notes.push(...links.hidden);
  }
  for (const entry of entries) problems.push(...componentProblems(entry, published, closest));
  for (const entry of entries) if (entry.collection === 'roles') problems.push(...reservedHeadingProblems(entry));

  const checked = entries.flatMap((e) => (parsed.has(e) ? [{ collection: e.collection, id: e.id, file: e.file, data: parsed.get(e) } as CheckedEntry] : []));
  const order = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  return { entries: checked, problems: problems.sort(order), notes: notes.sort(order) };
}

function issueProblems(entry: SourceEntry, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(schema, path);
    return issue.keys.map((key) => {
      const guess = closest(key, allowed);
      return {
        file: entry.file,
        line: entry.lineOf([...path, key]),
        field: formatPath([...path, key]),
        message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ''} Accepted fields: ${allowed.join(', ')}`,
      };
    });
  }
  return [{ file: entry.file, line: entry.lineOf(path), field: formatPath(path), message: issueMessage(issue) }];
}

/** Rewrites zod's messages into sentences a content author understands. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required';
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `is not one of the accepted values: ${values}`;
  }
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  return issue.message;
}

function referenceProblem(
  collection: CollectionName,
  value: string,
  published: Map<CollectionName, Set<string>>,
  drafts: Map<CollectionName, Set<string>>,
  fromDraft: boolean,
): string | undefined {
  const noun = COLLECTIONS[collection].noun;
  if (published.get(collection)?.has(value)) return undefined;
  if (drafts.get(collection)?.has(value)) {
    return fromDraft ? undefined : `${noun} "${value}" is a draft and is not published; publish it or remove this reference`;
  }
  const valid = [...(published.get(collection) ?? [])].sort();
  const guess = closest(value, valid);
  const list = valid.length === 0
    ? `there are no published ${collection} yet`
    : valid.length <= 20
      ? `valid values: ${valid.join(', ')}`
      : `valid values are the file names in content/${collection}/ (${valid.length} entries)`;
  return `unknown ${noun} "${value}"${guess ? `; did you mean "${guess}"?` : ''} ${list}`;
}

function duplicateTitles(entries: SourceEntry[], parsed: Map<SourceEntry, Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { entry: SourceEntry; field: string }>();
  for (const entry of entries) {
    const data = parsed.get(entry)!;
    const names: [PathKey[], string][] = [[['title'], data.title as string]];
    (data.aliases as string[]).forEach((alias, i) => names.push([['aliases', i], alias]));
    for (const [path, name] of names) {
      const key = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      const first = seen.get(key);
      if (first && first.entry === entry) {
        problems.push({ file: entry.file, line: entry.lineOf(path), field: formatPath(path), message: `"${name}" repeats ${first.field} of the same entry` });
      } else if (first) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: formatPath(path),
          message: `"${name}" is already used as ${first.field} of ${first.entry.file}; a title or alias must name one ${COLLECTIONS[entry.collection].noun}`,
        });
      } else seen.set(key, { entry, field: formatPath(path) });
    }
  }
  return problems;
}

/** An old id must not be a current one, nor claimed by two entries: each address leads to one page. */
function redirectProblems(entries: readonly SourceEntry[], parsed: Map<SourceEntry, Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const claimed = new Map<string, SourceEntry>();
  for (const entry of entries) {
    const old = parsed.get(entry)?.redirectFrom as string[] | undefined;
    old?.forEach((id, i) => {
      const key = `${entry.collection}/${id}`;
      const at = { file: entry.file, line: entry.lineOf(['redirectFrom', i]), field: `redirectFrom[${i}]` };
      if (ids.has(key)) {
        problems.push({ ...at, message: `"${id}" is the id of an existing ${COLLECTIONS[entry.collection].noun} (content/${key}); an old address cannot point at two pages` });
      } else if (claimed.has(key)) {
        problems.push({ ...at, message: `"${id}" is already redirected to ${claimed.get(key)!.file}; an old address can lead to one page only` });
      } else claimed.set(key, entry);
    });
  }
  return problems;
}

/** Every page path the built site will have, without the base. */
function knownRoutes(published: Map<CollectionName, Set<string>>): Set<string> {
  const routes = new Set(STATIC_PATHS);
  for (const [collection, ids] of published) {
    if (COLLECTIONS[collection].address !== 'page') continue;
    for (const id of ids) routes.add(entryPath(collection, id));
  }
  return routes;
}

const LINK_PATTERNS = [/\]\(\s*<?(\/[^)\s>]*)/g, /\bhref=["'{]?["'](\/[^"']*)["']/g];

/**
 * Checks root-relative links written in a Markdown body against the pages the site will have. A
 * link to the page of a hidden entry (`hiddenPaths`, each with its note) is no problem: it is
 * returned apart, for a note.
 */
function bodyLinkProblems(entry: SourceEntry, routes: Set<string>, published: Map<CollectionName, Set<string>>, hiddenPaths: ReadonlyMap<string, string>): { problems: Problem[]; hidden: Problem[] } {
  const problems: Problem[] = [];
  const hidden: Problem[] = [];
  if (!entry.body) return { problems, hidden };
  // Blank out fenced code so example links inside it are not checked; line numbers stay.
  const body = withoutFencedCode(entry.body);
  for (const pattern of LINK_PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const target = match[1]!;
      if (target.startsWith('//')) continue;
      const line = 1 + body.slice(0, match.index).split('\n').length - 1;
      const [path = '', fragment] = target.split('#');
      const pathOnly = path.split('?')[0] ?? '';
      const note = hiddenPaths.get(pathOnly);
      if (note) {
        hidden.push({ file: entry.file, line, field: 'body', message: `link "${target}": ${note}` });
        continue;
      }
      const problem = linkProblem(pathOnly, fragment, routes, published);
      if (problem) problems.push({ file: entry.file, line, field: 'body', message: `link "${target}": ${problem}` });
    }
  }
  return { problems, hidden };
}

function linkProblem(path: string, fragment: string | undefined, routes: Set<string>, published: Map<CollectionName, Set<string>>): string | undefined {
  if (/\.[a-z0-9]+$/i.test(path)) return undefined; // a file such as /favicon.svg
  if (!path.endsWith('/')) {
    return routes.has(`${path}/`) ? `page links end with a slash: write "${path}/"` : `no page at ${path}/`;
  }
  if (!routes.has(path)) {
    const [, collection, id] = /^\/([a-z-]+)\/([^/]+)\/$/.exec(path) ?? [];
    const ids = [...(published.get(collection as CollectionName) ?? [])];
    const guess = id ? closest(id, ids) : undefined;
    return `no page at ${path}${guess ? `; did you mean "/${collection}/${guess}/"?` : ''}`;
  }
  // An index page that lists its entries at anchors named by their ids (/glossary/#rag, /sources/#pwc).
  for (const collection of ['glossary', 'sources'] as const) {
    if (fragment && path === COLLECTIONS[collection].path && !published.get(collection)?.has(fragment)) {
      return `no ${COLLECTIONS[collection].noun} "${fragment}" in content/${COLLECTIONS[collection].folder}/`;
    }
  }
  return undefined;
}

/** A role body's headings must not take the ids of the sections the page generates. */
function reservedHeadingProblems(entry: SourceEntry): Problem[] {
  const slugger = headingSlugger();
  const problems: Problem[] = [];
  entry.body.split('\n').forEach((text, i) => {
    const heading = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (!heading) return;
    const id = slugger.slug(heading[1]!.replace(/[*_`]/g, ''));
    if (RESERVED_ROLE_IDS.has(id)) {
      problems.push({
        file: entry.file,
        line: i + 1,
        field: 'body',
        message: `heading "${heading[1]}" would take the id "#${id}", which the role page already uses for its own section; choose another heading`,
      });
    }
  });
  return problems;
}

/** The candidate nearest to `value` by edit distance, if it is near enough to be a typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
