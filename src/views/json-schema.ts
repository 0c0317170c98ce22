import { z } from 'astro/zod';
import { jsonSchemaHints, references } from '../schemas/common.ts';
import { COLLECTIONS } from '../collections.ts';

/**
 * The JSON Schema of a content schema, generated from the zod schema so the two cannot drift.
 * Editors (the YAML language server, VS Code) use it to check frontmatter as it is typed.
 */
export function contentJsonSchema(schema: z.ZodType, meta: { id: string; title: string }): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const node = ctx.zodSchema as unknown as z.ZodType;
      const hint = jsonSchemaHints.get(node);
      if (hint) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, hint);
      }
      const ref = references.get(node);
      if (ref) ctx.jsonSchema.description = `The id of a ${COLLECTIONS[ref.collection].noun}: a file name in content/${ref.collection}/ without its extension.`;
    },
  }) as Record<string, unknown>;
  return { $schema: generated.$schema, $id: meta.id, title: meta.title, ...generated };
}
