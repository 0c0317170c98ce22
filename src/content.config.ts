// The module astro:content's own types take defineCollection from: importing it from
// astro:content made Vite transform Astro's whole page runtime (about 60 modules) just to load
// this file, about a second before the content could sync.
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import type { CollectionName } from './schemas/common.ts';
import { SCHEMAS, filePattern } from './schemas/index.ts';
import { contentRoot } from './content-root.ts';
import { contentVerdict } from './build/content-check/thread.ts';

const root = contentRoot();
// Pages render from each entry's rendered HTML and never read its raw Markdown, so the content
// store does not keep it: a smaller store is faster to bundle and holds less memory.
// A build checks the content on a worker thread as it starts (src/build/content-check/thread.ts);
// each loader waits for that verdict, so a bad file is reported by the check, not by a schema.
const load = (name: CollectionName) => {
  const loader = glob({ base: join(root, name), pattern: filePattern(name), retainBody: false });
  return { ...loader, load: async (context: Parameters<typeof loader.load>[0]) => (await contentVerdict(), loader.load(context)) };
};

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
