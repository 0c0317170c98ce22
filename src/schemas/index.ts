import type { z } from 'astro/zod';
import type { CollectionName } from './common.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { hiringStageSchema } from './hiring-stage.ts';
import { pathSchema } from './path.ts';
import { roleSchema } from './role.ts';
import { sourceSchema } from './source.ts';
import { teamModelSchema } from './team-model.ts';
import { finderSchema } from './finder.ts';

/** The schema of each collection, shared by the Astro content config and the content check. */
export const SCHEMAS = {
  roles: roleSchema,
  'team-models': teamModelSchema,
  'hiring-stages': hiringStageSchema,
  paths: pathSchema,
  guides: guideSchema,
  glossary: glossarySchema,
  sources: sourceSchema,
  finder: finderSchema,
} satisfies Record<CollectionName, z.ZodType>;

/** Which files each collection reads: Markdown pages, or one YAML file per entry. */
export const FILE_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  roles: ['md', 'mdx'],
  'team-models': ['md', 'mdx'],
  'hiring-stages': ['md', 'mdx'],
  paths: ['md', 'mdx'],
  guides: ['md', 'mdx'],
  glossary: ['md', 'mdx'],
  sources: ['yaml', 'yml'],
  finder: ['yaml', 'yml'],
};

/** The glob loader pattern for a collection's files. */
export const filePattern = (name: CollectionName) => `*.{${FILE_EXTENSIONS[name].join(',')}}`;
