import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, uniqueList, redirectFrom } from './common.ts';

export const guideSchema = z.strictObject({
  /** The guide's title. */
  title: line,
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** Position in the guides list; lower comes first. */
  order: z.number().int().nonnegative().default(100),
  /** Roles the guide is about; listed under the guide and checked to exist. */
  roles: uniqueList(ref('roles')).default([]),
  /**
   * A table generated from role frontmatter, shown before the body: a list of two to four
   * role ids compares them side by side; `all` gives the matrix of every published role.
   */
  compare: z
    .union([
      z.literal('all'),
      uniqueList(ref('roles'))
        .min(2, { error: 'must name at least two roles to compare' })
        .max(4, { error: 'must name at most four roles; use "all" for the full matrix' }),
    ])
    .optional(),
  /** Source entries the guide draws on. */
  sources: uniqueList(ref('sources')).default([]),
  /** The day the page was last checked, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type Guide = z.infer<typeof guideSchema>;
