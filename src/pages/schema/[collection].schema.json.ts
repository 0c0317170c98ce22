import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS } from '@/collections.ts';
import { EXPORTED_COLLECTIONS, type ExportedCollection } from '@/views/exports.ts';
import { contentJsonSchema } from '@/views/json-schema.ts';
import { withBase } from '@/routes.ts';

export const getStaticPaths = (() => EXPORTED_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** JSON Schema of one collection's frontmatter (or YAML file), generated from its zod schema. */
export const GET: APIRoute = ({ params, site }) => {
  const collection = params.collection as ExportedCollection;
  const { schema, noun } = COLLECTIONS[collection];
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);
  return Response.json(contentJsonSchema(schema, { id: new URL(withBase(`/schema/${collection}.schema.json`), site).href, title }));
};
