import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoles, getRoleViews } from '@/lib/content.ts';
import { compareRecord } from '@/lib/compare.ts';

export const getStaticPaths = (async () => (await getRoles()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

/** One role as the compare tool shows it; fetched only for the roles a reader picks. */
export const GET: APIRoute = async ({ params }) => {
  const [role] = await getRoleViews([params.id!]);
  return Response.json(compareRecord(role!));
};
