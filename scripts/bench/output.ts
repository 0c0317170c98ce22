/**
 * What each file of the built site is for, so the benchmark can say where the bytes of the output
 * go. `path` is relative to the output folder, with forward slashes.
 */
export const OUTPUT_KINDS = [
  'role pages',
  'other pages',
  'social cards',
  'search index',
  'role data (api/)',
  'job descriptions',
  'Markdown twins',
  'compare records',
  'styles and scripts',
  'other files',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/**
 * `roleIds`, when given, are the roles whose pages count as role pages; a page at another
 * `roles/<id>/` (a redirect from an old address) is then one of the other pages.
 */
export function outputKind(path: string, roleIds?: ReadonlySet<string>): OutputKind {
  const role = /^roles\/([^/]+)\/index\.html$/.exec(path)?.[1];
  if (role) return !roleIds || roleIds.has(role) ? 'role pages' : 'other pages';
  if (/^roles\/[^/]+\/job-description(-[a-z]+)?\.md$/.test(path)) return 'job descriptions';
  if (path.endsWith('/index.html.md') || path === 'index.html.md' || path === 'llms-full.txt') return 'Markdown twins';
  if (path.startsWith('og/')) return 'social cards';
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('api/')) return 'role data (api/)';
  if (path.startsWith('compare/roles/')) return 'compare records';
  if (path.startsWith('_astro/')) return 'styles and scripts';
  if (path.endsWith('.html')) return 'other pages';
  return 'other files';
}

/** Bytes by kind, in the order of OUTPUT_KINDS. */
export function outputByKind(files: { path: string; bytes: number }[], roleIds?: ReadonlySet<string>): Map<OutputKind, number> {
  const sums = new Map<OutputKind, number>(OUTPUT_KINDS.map((k) => [k, 0]));
  for (const f of files) {
    const kind = outputKind(f.path, roleIds);
    sums.set(kind, sums.get(kind)! + f.bytes);
  }
  return sums;
}
