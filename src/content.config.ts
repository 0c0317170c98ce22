// The module astro:content's own types take defineCollection from: importing it from
// astro:content made Vite transform Astro's whole page runtime (about 60 modules) just to load
// this file, about a second before the content could sync.
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, filePattern, type CollectionName, type SchemaOf } from './collections.ts';
import { loadedRoot } from './content-root.ts';
import checkFailure from 'virtual:handbook/content-check';

// The content root, or the layered content of the company folders on top of it.
const root = loadedRoot();

/**
 * A collection's loader: Astro's glob loader over its folder. Pages render from each entry's
 * rendered HTML and never read its raw Markdown, so the store does not keep it (a smaller store
 * is faster to bundle and holds less memory). A build checks the content on a second core as it
 * starts, and `virtual:handbook/content-check` loads once that check has answered (see
 * src/build/content-check/), so a bad file is reported by the check, which names the file, line,
 * field and accepted values, and never first by Astro's own schema error.
 */
function define<C extends CollectionName>(name: C) {
  const loader = glob({ base: join(root, COLLECTIONS[name].folder), pattern: filePattern(name), retainBody: false });
  const load: typeof loader.load = async (context) => {
    if (checkFailure) throw new Error(checkFailure);
    return loader.load(context);
  };
  const config = defineCollection({ loader: { ...loader, load }, schema: COLLECTIONS[name].schema as z.ZodType });
  // Typed by the collection's own schema, from which Astro's generated types infer each entry's data.
  return config as Omit<typeof config, 'schema'> & { schema: SchemaOf<C> };
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, define(name)])) as { [C in CollectionName]: ReturnType<typeof define<C>> };
