import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import type { CollectionName } from './schemas/common.ts';
import { SCHEMAS, filePattern } from './schemas/index.ts';
import { contentRoot } from './lib/content-root.ts';

const root = contentRoot();
// Pages render from each entry's rendered HTML and never read its raw Markdown, so the content
// store does not keep it: a smaller store is faster to bundle and holds less memory.
const load = (name: CollectionName) => glob({ base: join(root, name), pattern: filePattern(name), retainBody: false });

export const collections = {
  roles: defineCollection({ loader: load('roles'), schema: SCHEMAS.roles }),
  'team-models': defineCollection({ loader: load('team-models'), schema: SCHEMAS['team-models'] }),
  'hiring-stages': defineCollection({ loader: load('hiring-stages'), schema: SCHEMAS['hiring-stages'] }),
  paths: defineCollection({ loader: load('paths'), schema: SCHEMAS.paths }),
  guides: defineCollection({ loader: load('guides'), schema: SCHEMAS.guides }),
  glossary: defineCollection({ loader: load('glossary'), schema: SCHEMAS.glossary }),
  sources: defineCollection({ loader: load('sources'), schema: SCHEMAS.sources }),
  finder: defineCollection({ loader: load('finder'), schema: SCHEMAS.finder }),
};
