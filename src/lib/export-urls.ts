import { withBase } from './routes.ts';

/** Absolute addresses of a role's page and exports, on the configured site and base. */
export function roleUrls(id: string, site: URL) {
  const at = (path: string) => new URL(withBase(path), site).href;
  return {
    page: at(`/roles/${id}/`),
    json: at(`/api/roles/${id}.json`),
    jobDescription: at(`/roles/${id}/job-description.md`),
  };
}
