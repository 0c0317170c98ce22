import type { APIRoute } from 'astro';
import { exportedData, getRoles } from '@/data/content.ts';
import { EXPORT_VERSION, roleRecord } from '@/views/exports.ts';
import { roleUrls } from '@/routes.ts';
import { config } from '@/data/site.ts';

/** Every published role, A to Z. */
export const GET: APIRoute = async ({ site }) => {
  const roles = await Promise.all((await getRoles()).map(async (r) => roleRecord(r.id, await exportedData('roles', r.data), roleUrls(r.id, site!), { payBands: config.exportPayBands })));
  return Response.json({ version: EXPORT_VERSION, count: roles.length, roles });
};
