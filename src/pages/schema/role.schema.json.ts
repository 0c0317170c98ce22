import type { APIRoute } from 'astro';
import { roleSchema } from '@/schemas/role.ts';
import { contentJsonSchema } from '@/views/json-schema.ts';
import { withBase } from '@/routes.ts';

/** JSON Schema for role frontmatter, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  Response.json(contentJsonSchema(roleSchema, { id: new URL(withBase('/schema/role.schema.json'), site).href, title: 'Role' }));
