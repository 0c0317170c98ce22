/**
 * The three files each published role has beside its page: its data (`/api/roles/<id>.json`),
 * its job-description starter (`/roles/<id>/job-description.md`) and the compare tool's record
 * (`/compare/roles/<id>.json`), each served by a route of its own (src/pages/).
 */
import { getRoles, type RoleEntry } from './content.ts';
import { compareRecord } from '../views/compare.ts';
import { roleUrls } from '../routes.ts';
import { EXPORT_VERSION, jobDescription, roleRecord } from '../views/exports.ts';
import type { RoleView } from '../views/role-view.ts';
import { siteName } from './site.ts';

/** One path per published role, with its entry, for each of the three routes. */
export const rolePaths = async () => (await getRoles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

/** `/api/roles/<id>.json`: the role's frontmatter fields, id and addresses. */
export const roleJson = (entry: RoleEntry, site: URL) => JSON.stringify({ version: EXPORT_VERSION, ...roleRecord(entry.id, entry.data, roleUrls(entry.id, site)) });

/** `/roles/<id>/job-description.md`. */
export const jobDescriptionMarkdown = (view: RoleView, site: URL) => jobDescription(view, { url: roleUrls(view.id, site).page, siteName });

/** `/compare/roles/<id>.json`. */
export const compareJson = (view: RoleView) => JSON.stringify(compareRecord(view));
