import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoles, getRoleViews } from '@/lib/content.ts';
import { jobDescription } from '@/lib/exports.ts';
import { roleUrls } from '@/lib/export-urls.ts';
import { siteName } from '@/lib/site.ts';

export const getStaticPaths = (async () => (await getRoles()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

/** A job-description starter for one role, in Markdown. */
export const GET: APIRoute = async ({ params, site }) => {
  const [role] = await getRoleViews([params.id!]);
  const body = jobDescription(role!, { url: roleUrls(params.id!, site!).page, siteName });
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
