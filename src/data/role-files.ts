/**
 * The three files each published role has beside its page: its data (`/api/roles/<id>.json`),
 * its job-description starter (`/roles/<id>/job-description.md`) and the compare tool's record
 * (`/compare/roles/<id>.json`), each served by a route of its own (src/pages/).
 */
import { exportedData, getRoles, type RoleEntry } from './content.ts';
import { compareRecord } from '../views/compare.ts';
import { roleUrls } from '../routes.ts';
import { EXPORT_VERSION, jobDescription, roleRecord } from '../views/exports.ts';
import type { RoleView } from '../views/role-view.ts';
import { config, siteName } from './site.ts';

/** One path per published role, with its entry, for each of the three routes. */
export const rolePaths = async () => (await getRoles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

/** `/api/roles/<id>.json`: the role's frontmatter fields, id and addresses. */
export const roleJson = async (entry: RoleEntry, site: URL) =>
  JSON.stringify({ version: EXPORT_VERSION, ...roleRecord(entry.id, await exportedData('roles', entry.data), roleUrls(entry.id, site), { payBands: config.exportPayBands }) });

/** One path per level of each published role, for `/roles/<id>/job-description-<level>.md`. */
export const levelPaths = async () => (await getRoles()).flatMap((entry) => entry.data.levels.map((level) => ({ params: { id: entry.id, level: level.id } })));

/** `/roles/<id>/job-description.md`, or with a level, `/roles/<id>/job-description-<level>.md`. */
export const jobDescriptionMarkdown = (view: RoleView, site: URL, level?: string) => {
  const levelView = level === undefined ? undefined : view.levels.find((l) => l.id === level);
  if (level !== undefined && !levelView) throw new Error(`Role "${view.id}" has no level "${level}"`);
  return jobDescription(view, { url: roleUrls(view.id, site).page, siteName }, levelView);
};

/** `/compare/roles/<id>.json`. */
export const compareJson = (view: RoleView) => JSON.stringify(compareRecord(view));
