import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoleViews } from '@/data/content.ts';
import { authoringRolePaths, compareJson } from '@/data/role-files.ts';

// The authoring server's route; a build writes these files from one manifest (src/data/role-files.ts).
export const getStaticPaths = authoringRolePaths satisfies GetStaticPaths;

/** One role as the compare tool shows it; fetched only for the roles a reader picks. */
export const GET: APIRoute = async ({ params }) => {
  const [role] = await getRoleViews([params.id!]);
  return new Response(compareJson(role!), { headers: { 'content-type': 'application/json' } });
};
