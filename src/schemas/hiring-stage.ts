import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, uniqueList, redirectFrom } from './common.ts';

export const hiringStageSchema = z.strictObject({
  /** The stage's name, e.g. `Early-stage`. */
  title: line,
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** The roles to hire at this stage, in the order to hire them, each with the reason. */
  hireOrder: z
    .array(
      z.strictObject({
        /** The role to hire. */
        role: ref('roles'),
        /** Why it comes at this point, in one line. */
        why: line,
      }),
    )
    .min(1, { error: 'must name at least one role to hire' }),
  /** Source entries the page draws on. */
  sources: uniqueList(ref('sources')).min(1, { error: 'must cite at least one source' }),
  /** The day the page was last checked against its sources, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type HiringStage = z.infer<typeof hiringStageSchema>;
