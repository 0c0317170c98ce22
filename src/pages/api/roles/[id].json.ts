import type { APIRoute, GetStaticPaths } from 'astro';
import type { RoleEntry } from '@/lib/content.ts';
import { authoringRolePaths, roleJson } from '@/lib/role-files.ts';

// The authoring server's route; a build writes these files from one manifest (src/lib/role-files.ts).
export const getStaticPaths = authoringRolePaths satisfies GetStaticPaths;

/** One published role. */
export const GET: APIRoute = ({ props, site }) =>
  new Response(roleJson((props as { entry: RoleEntry }).entry, site!), { headers: { 'content-type': 'application/json' } });
