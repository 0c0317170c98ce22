import { entryPath, roleFilePaths, withBase } from '../routes.ts';

/** Absolute addresses of a role's page and exports, on the configured site and base. */
export function roleUrls(id: string, site: URL) {
  const at = (path: string) => new URL(withBase(path), site).href;
  const files = roleFilePaths(id);
  return {
    page: at(entryPath('roles', id)),
    json: at(files.json),
    jobDescription: at(files.jobDescription),
  };
}
