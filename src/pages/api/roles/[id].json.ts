import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoles, type RoleEntry } from '@/lib/content.ts';
import { EXPORT_VERSION, roleRecord } from '@/lib/exports.ts';
import { roleUrls } from '@/lib/export-urls.ts';

export const getStaticPaths = (async () => (await getRoles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/** One published role. */
export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: RoleEntry };
  return Response.json({ version: EXPORT_VERSION, ...roleRecord(entry.id, entry.data, roleUrls(entry.id, site!)) });
};
