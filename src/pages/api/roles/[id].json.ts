import type { APIRoute, GetStaticPaths } from 'astro';
import isBuild from 'virtual:handbook/build';
import { getRoles, type RoleEntry } from '@/lib/content.ts';
import { roleJson } from '@/lib/role-files.ts';

// The authoring server's route; a build writes these files from one manifest (src/lib/role-files.ts).
export const getStaticPaths = (async () =>
  isBuild ? [] : (await getRoles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/** One published role. */
export const GET: APIRoute = ({ props, site }) =>
  new Response(roleJson((props as { entry: RoleEntry }).entry, site!), { headers: { 'content-type': 'application/json' } });
