import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, uniqueList } from './common.ts';

export const guideSchema = z.strictObject({
  /** The guide's title. */
  title: line,
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** Position in the guides list; lower comes first. */
  order: z.number().int().nonnegative().default(100),
  /** Roles the guide is about; listed under the guide and checked to exist. */
  roles: uniqueList(ref('roles')).default([]),
  /** Source entries the guide draws on. */
  sources: uniqueList(ref('sources')).default([]),
  /** The day the page was last checked, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
});

export type Guide = z.infer<typeof guideSchema>;
