import type { APIRoute } from 'astro';
import { getAllRoleViews, getRoles } from '@/data/content.ts';
import { ROLE_CSV_COLUMNS, roleCsvRow, toCsv } from '@/views/exports.ts';
import { roleUrls } from '@/routes.ts';

/** Every published role as one spreadsheet row, A to Z by title. */
export const GET: APIRoute = async ({ site }) => {
  const order = new Map((await getRoles()).map((r, i) => [r.id, i]));
  const views = [...(await getAllRoleViews())].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const rows = views.map((view) => roleCsvRow(view, roleUrls(view.id, site!).page));
  return new Response(toCsv([ROLE_CSV_COLUMNS, ...rows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
