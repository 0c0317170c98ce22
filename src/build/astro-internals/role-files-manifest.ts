/**
 * The manifest a build renders the roles' data, job descriptions and compare records into, and
 * the build hook's writer of those files (see role-files.ts). Kept apart from role-files.ts, which
 * reads the content collections and so loads only inside Vite.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

/** The manifest's name in the output folder, without `.json`; it never outlives the build. */
export const ROLE_FILES_MANIFEST = '_handbook-role-files';

/** A file of the site, by its path under the output folder (no base, no leading slash). */
export interface SiteFile {
  path: string;
  body: string;
}

/**
 * Writes the files listed in the manifest Astro built into `outDir`, then removes the manifest.
 * Returns how many were written. Fails if the manifest is missing or names a path outside the
 * output folder.
 */
export function writeRoleFiles(outDir: string): number {
  const manifest = join(outDir, `${ROLE_FILES_MANIFEST}.json`);
  if (!existsSync(manifest)) {
    throw new Error(`The build wrote no ${ROLE_FILES_MANIFEST}.json (src/pages/[manifest].json.ts), so no role has its data, job description or compare record`);
  }
  const files: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  if (!Array.isArray(files)) throw new Error(`${ROLE_FILES_MANIFEST}.json is not a list of files`);
  const made = new Set<string>();
  for (const file of files as unknown[]) {
    const { path, body } = (file ?? {}) as Partial<SiteFile>;
    if (typeof path !== 'string' || path === '' || typeof body !== 'string') {
      throw new Error(`${ROLE_FILES_MANIFEST}.json holds an entry that is not { path, body } with a file path and text: ${JSON.stringify(file)?.slice(0, 120)}`);
    }
    const target = normalize(join(outDir, path));
    if (!target.startsWith(outDir.endsWith(sep) ? outDir : outDir + sep) || path.startsWith('/') || path.endsWith('/')) {
      throw new Error(`${ROLE_FILES_MANIFEST}.json names "${path}", which is not a file inside the output folder`);
    }
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, body);
  }
  rmSync(manifest);
  return files.length;
}
