import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoleView } from '@/data/content.ts';
import { rolePaths, compareJson } from '@/data/role-files.ts';

export const getStaticPaths = rolePaths satisfies GetStaticPaths;

/** One role as the compare tool shows it; fetched only for the roles a reader picks. */
export const GET: APIRoute = async ({ params }) => {
  const role = await getRoleView(params.id!);
  return new Response(compareJson(role), { headers: { 'content-type': 'application/json' } });
};
