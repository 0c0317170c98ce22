import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.ts';

const SRC = resolve(ROOT, 'src');

/**
 * Each layer of src/ and the layers it may import. Lower layers never import higher ones:
 * schemas know nothing of the site, views are pure, data/ is the only door to astro:content, the
 * Node-only build never reaches into the pages' modules, and browser code imports only itself.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schemas: ['schemas'],
  top: ['schemas', 'top'],
  config: ['schemas', 'top'],
  markdown: ['schemas', 'top', 'markdown'],
  views: ['schemas', 'top', 'markdown', 'views'],
  data: ['schemas', 'top', 'markdown', 'views', 'data'],
  build: ['schemas', 'top', 'markdown', 'views', 'build'],
  client: ['client'],
  ui: ['schemas', 'top', 'markdown', 'views', 'data', 'ui', 'styles'],
};

/** The layer a file under src/ belongs to. */
function layerOf(file: string): string {
  const path = relative(SRC, file).split(sep);
  if (path.length === 1) return path[0] === 'content.config.ts' ? 'config' : 'top';
  if (['components', 'layouts', 'pages'].includes(path[0]!)) return 'ui';
  return path[0]!;
}

const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && e.name !== 'env.d.ts')
  .map((e) => join(e.parentPath, e.name));

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/gm;

/** What each file imports, as paths under src/ (aliases resolved) or bare module names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3]!).split('?')[0]!;
    if (spec.startsWith('@/')) return resolve(SRC, spec.slice(2));
    if (spec.startsWith('.')) return resolve(dirname(file), spec);
    return spec;
  });
}

describe('the layout of src/', () => {
  test('finds the files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf(resolve(SRC, 'content.config.ts'))).toContain(resolve(SRC, 'collections.ts'));
  });

  test('no layer imports a higher one', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      // A route module the build injects is rendered by Astro like a page, so it reads data as pages do.
      const allowed = /astro-internals[/\\][^/\\]+-route\.ts$/.test(file) ? [...MAY_IMPORT.build!, 'data'] : MAY_IMPORT[from];
      expect(allowed, `${relative(ROOT, file)} is in no known layer`).toBeDefined();
      for (const target of importsOf(file)) {
        if (!target.startsWith(SRC + sep)) continue;
        const to = layerOf(target);
        if (!allowed!.includes(to)) wrong.push(`${relative(ROOT, file)} (${from}) imports ${relative(ROOT, target)} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('only data/ imports astro:content, and only build/ and data/ read files or run programs', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const target of importsOf(file)) {
        if (target === 'astro:content' && layer !== 'data') wrong.push(`${relative(ROOT, file)} imports astro:content`);
        if (/^node:(fs|child_process|worker_threads)$/.test(target) && !['build', 'data'].includes(layer)) wrong.push(`${relative(ROOT, file)} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('no folder holds more than 15 files', () => {
    const counts = new Map<string, number>();
    for (const file of readdirSync(SRC, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      counts.set(file.parentPath, (counts.get(file.parentPath) ?? 0) + 1);
    }
    const crowded = [...counts].filter(([, n]) => n > 15).map(([dir, n]) => `${relative(ROOT, dir)}: ${n}`);
    expect(crowded).toEqual([]);
  });
});
