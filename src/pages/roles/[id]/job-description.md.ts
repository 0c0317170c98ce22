import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoleView } from '@/data/content.ts';
import { rolePaths, jobDescriptionMarkdown } from '@/data/role-files.ts';

export const getStaticPaths = rolePaths satisfies GetStaticPaths;

/** A job-description starter for one role, in Markdown. */
export const GET: APIRoute = async ({ params, site }) => {
  const role = await getRoleView(params.id!);
  return new Response(jobDescriptionMarkdown(role, site!), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
