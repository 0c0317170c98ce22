import type { APIRoute, GetStaticPaths } from 'astro';
import { exportedData, getEntries } from '@/data/content.ts';
import { EXPORTED_COLLECTIONS, EXPORT_VERSION, entryRecord, type ExportedCollection } from '@/views/exports.ts';
import { entryPath, withBase } from '@/routes.ts';

export const getStaticPaths = (() => EXPORTED_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** Every published entry of one collection, in the order its index page lists them. */
export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.collection as ExportedCollection;
  const entries = await Promise.all((await getEntries(collection)).map(async (e) => entryRecord(e.id, await exportedData(collection, e.data), new URL(withBase(entryPath(collection, e.id)), site).href)));
  return Response.json({ version: EXPORT_VERSION, collection, count: entries.length, entries });
};
