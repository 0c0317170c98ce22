/**
 * The three files each published role has beside its page: its data (`/api/roles/<id>.json`),
 * its job-description starter (`/roles/<id>/job-description.md`) and the compare tool's record
 * (`/compare/roles/<id>.json`).
 *
 * Astro writes every route through its whole page pipeline (a request, a response stream, a log
 * line), which at 1,000 roles cost about 2.5 s for these 3,000 small files, more than rendering
 * a third of the pages. A build therefore renders them all into one manifest
 * (`src/pages/[manifest].json.ts`), and the handbook's build hook writes each file from it and
 * removes the manifest (`writeRoleFiles` in role-files-manifest.ts, which loads outside Vite).
 * The authoring server serves each file from its own route, with the same functions.
 */
import isBuild from 'virtual:handbook/build';
import { getRoles, getRoleViews, type RoleEntry } from './content.ts';
import { compareRecord } from '../views/compare.ts';
import { roleUrls } from '../routes.ts';
import { roleFilePaths } from '../routes.ts';
import { EXPORT_VERSION, jobDescription, roleRecord } from '../views/exports.ts';
import type { RoleView } from '../views/role-view.ts';
import { siteName } from './site.ts';
import type { SiteFile } from '../build/astro-internals/role-files-manifest.ts';

export { ROLE_FILES_MANIFEST } from '../build/astro-internals/role-files-manifest.ts';

/**
 * The paths of the authoring server's route for one of the three files, one per published role
 * (with its entry); none in a build, which writes the files from the manifest.
 */
export const authoringRolePaths = async () => (isBuild ? [] : (await getRoles()).map((entry) => ({ params: { id: entry.id }, props: { entry } })));

/** `/api/roles/<id>.json`: the role's frontmatter fields, id and addresses. */
export const roleJson = (entry: RoleEntry, site: URL) => JSON.stringify({ version: EXPORT_VERSION, ...roleRecord(entry.id, entry.data, roleUrls(entry.id, site)) });

/** `/roles/<id>/job-description.md`. */
export const jobDescriptionMarkdown = (view: RoleView, site: URL) => jobDescription(view, { url: roleUrls(view.id, site).page, siteName });

/** `/compare/roles/<id>.json`. */
export const compareJson = (view: RoleView) => JSON.stringify(compareRecord(view));

/** Every published role's three files. */
export async function roleFiles(site: URL): Promise<SiteFile[]> {
  const roles = await getRoles();
  const views = await getRoleViews(roles.map((r) => r.id));
  return roles.flatMap((entry, i) => {
    // Paths under the output folder: the public paths without their leading slash.
    const paths = roleFilePaths(entry.id);
    return [
      { path: paths.json.slice(1), body: roleJson(entry, site) },
      { path: paths.jobDescription.slice(1), body: jobDescriptionMarkdown(views[i]!, site) },
      { path: paths.compare.slice(1), body: compareJson(views[i]!) },
    ];
  });
}
