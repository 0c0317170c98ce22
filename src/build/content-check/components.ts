/**
 * Checks each use of an MDX component in a page body against what the component accepts
 * (markdown/mdx-components.ts): a known name, its attributes, an aside type, a `<Ref>` or `<Position>`
 * that names a published entry, and a `<Disagreement>` that sets two or more positions side by side.
 */
import { COLLECTIONS, type CollectionName } from '../../collections.ts';
import { ASIDE_TYPES, MDX_COMPONENTS, REF_COLLECTIONS, parseRef } from '../../markdown/mdx-components.ts';
import { withoutFencedCode, type SourceEntry } from './read.ts';
import type { Problem } from './check.ts';

const TAG = /<(\/?)([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

/** Problems in the components one body uses; `closest` suggests a near name for a typo. */
export function componentProblems(
  entry: SourceEntry,
  published: Map<CollectionName, Set<string>>,
  closest: (value: string, candidates: readonly string[]) => string | undefined,
): Problem[] {
  if (!entry.file.endsWith('.mdx') || !entry.body) return [];
  // Blank out fenced and inline code, so examples of components in code are not checked; lines stay.
  const body = withoutFencedCode(entry.body).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
  const problems: Problem[] = [];
  const names = Object.keys(MDX_COMPONENTS);
  const open: { name: string; line: number; positions: number }[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;

  for (const match of body.matchAll(TAG)) {
    const [, closing, name, attributeText = '', selfClosing] = match;
    const line = lineAt(match.index);
    const at = (message: string) => problems.push({ file: entry.file, line, field: 'body', message });
    const spec = MDX_COMPONENTS[name!];
    if (!spec) {
      if (closing) continue; // reported at its opening tag
      const guess = closest(name!, names);
      at(`unknown component <${name}>${guess ? `; did you mean <${guess}>?` : ''} Pages can use: ${names.map((n) => `<${n}>`).join(', ')}`);
      continue;
    }
    if (closing) {
      const top = open.pop();
      if (!top || top.name !== name) at(`</${name}> closes ${top ? `<${top.name}> from line ${top.line}` : 'nothing'}; close components in the order they were opened`);
      else if (name === 'Disagreement' && top.positions < 2) {
        problems.push({ file: entry.file, line: top.line, field: 'body', message: `<Disagreement> holds ${top.positions} <Position>; it sets two or more sources' positions side by side` });
      }
      continue;
    }

    const attributes = new Map<string, string | undefined>();
    for (const a of attributeText.matchAll(ATTRIBUTE)) attributes.set(a[1]!, a[2] ?? a[3] ?? a[4]);
    const accepted = [...spec.required, ...spec.optional];
    for (const [attribute, value] of attributes) {
      if (!accepted.includes(attribute)) {
        at(`<${name}> has no attribute "${attribute}"; ${accepted.length ? `it takes: ${accepted.join(', ')}` : 'it takes none'}`);
      } else if (value === undefined || value.startsWith('{')) {
        at(`<${name} ${attribute}> must be a quoted value, such as ${attribute}="…", so the check can verify it`);
      }
    }
    for (const attribute of spec.required) if (!attributes.has(attribute)) at(`<${name}> needs the attribute "${attribute}"`);

    const value = (key: string) => {
      const v = attributes.get(key);
      return v === undefined || v.startsWith('{') ? undefined : v;
    };
    if (name === 'Aside' && value('type') !== undefined && !(value('type')! in ASIDE_TYPES)) {
      at(`<Aside type="${value('type')}"> is not a kind of aside; accepted: ${Object.keys(ASIDE_TYPES).join(', ')}`);
    }
    if (name === 'Ref' && value('to') !== undefined) {
      const to = value('to')!;
      const target = parseRef(to);
      if (!target) {
        at(`<Ref to="${to}"> must name an entry as collection/id, such as roles/ai-engineer; collections: ${REF_COLLECTIONS.join(', ')}`);
      } else if (!published.get(target.collection)?.has(target.id)) {
        const guess = closest(target.id, [...(published.get(target.collection) ?? [])]);
        at(`<Ref to="${to}">: no published ${COLLECTIONS[target.collection].noun} "${target.id}" in content/${COLLECTIONS[target.collection].folder}/${guess ? `; did you mean "${target.collection}/${guess}"?` : ''}`);
      }
    }
    if (name === 'Position') {
      const parent = open[open.length - 1];
      if (parent?.name !== 'Disagreement') at('<Position> belongs inside a <Disagreement>, beside the other sources\' positions');
      else parent.positions++;
      const source = value('source');
      if (source !== undefined && !published.get('sources')?.has(source)) {
        const guess = closest(source, [...(published.get('sources') ?? [])]);
        at(`<Position source="${source}">: no source "${source}" in content/sources/${guess ? `; did you mean "${guess}"?` : ''}`);
      }
    }
    if (!selfClosing) open.push({ name: name!, line, positions: 0 });
  }
  for (const left of open) problems.push({ file: entry.file, line: left.line, field: 'body', message: `<${left.name}> is never closed; add </${left.name}>` });
  return problems;
}
