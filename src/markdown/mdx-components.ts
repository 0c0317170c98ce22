/**
 * What the MDX components accept, shared by the components and the content check, so that a
 * page the check passes always renders.
 */
import { COLLECTION_NAMES, type CollectionName } from '../schemas/common.ts';

/** The kinds of aside, with the label each shows when it is given no title. */
export const ASIDE_TYPES = { note: 'Note', tip: 'Tip', caution: 'Caution' } as const;
export type AsideType = keyof typeof ASIDE_TYPES;

/** The collections a `<Ref>` can point into: those whose entries have an address. */
export const REF_COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES.filter((c) => c !== 'finder');

/** `roles/ai-engineer` as a collection and an id; undefined if it is not of that shape. */
export function parseRef(to: string): { collection: CollectionName; id: string } | undefined {
  const [collection, id, ...rest] = to.split('/');
  if (rest.length || !id || !REF_COLLECTIONS.includes(collection as CollectionName)) return undefined;
  return { collection: collection as CollectionName, id };
}

/** Each component, the attributes it takes, and which of them it needs. */
export const MDX_COMPONENTS: Record<string, { required: readonly string[]; optional: readonly string[] }> = {
  Aside: { required: [], optional: ['type', 'title'] },
  Disagreement: { required: ['topic'], optional: [] },
  Position: { required: ['source'], optional: [] },
  Reading: { required: [], optional: [] },
  Ref: { required: ['to'], optional: [] },
};
