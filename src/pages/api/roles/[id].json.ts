import type { APIRoute, GetStaticPaths } from 'astro';
import type { RoleEntry } from '@/data/content.ts';
import { rolePaths, roleJson } from '@/data/role-files.ts';

export const getStaticPaths = rolePaths satisfies GetStaticPaths;

/** One published role. */
export const GET: APIRoute = async ({ props, site }) =>
  new Response(await roleJson((props as { entry: RoleEntry }).entry, site!), { headers: { 'content-type': 'application/json' } });
