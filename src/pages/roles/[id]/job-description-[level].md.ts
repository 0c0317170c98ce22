import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoleView } from '@/data/content.ts';
import { levelPaths, jobDescriptionMarkdown } from '@/data/role-files.ts';

export const getStaticPaths = levelPaths satisfies GetStaticPaths;

/** A job-description starter for one level of a role, in Markdown. */
export const GET: APIRoute = async ({ params, site }) => {
  const role = await getRoleView(params.id!);
  return new Response(jobDescriptionMarkdown(role, site!, params.level!), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
