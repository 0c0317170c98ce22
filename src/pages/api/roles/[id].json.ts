import type { APIRoute, GetStaticPaths } from 'astro';
import type { RoleEntry } from '@/data/content.ts';
import { authoringRolePaths, roleJson } from '@/data/role-files.ts';

// The authoring server's route; a build writes these files from one manifest (src/data/role-files.ts).
export const getStaticPaths = authoringRolePaths satisfies GetStaticPaths;

/** One published role. */
export const GET: APIRoute = ({ props, site }) =>
  new Response(roleJson((props as { entry: RoleEntry }).entry, site!), { headers: { 'content-type': 'application/json' } });
