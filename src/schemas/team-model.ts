import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, uniqueList, redirectFrom } from './common.ts';

export const teamModelSchema = z.strictObject({
  /** The model's name, e.g. `Hybrid model`. */
  title: line,
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** The situation in which the model works best, in one line. */
  worksWhen: line,
  /**
   * The number of AI engineers the model suits, where a source gives one; the team planner
   * uses it to suggest a model for a given team size.
   */
  teamSize: z
    .strictObject({
      /** Fewest AI engineers the model suits. */
      min: z.number().int().positive().optional(),
      /** Most AI engineers the model suits. */
      max: z.number().int().positive().optional(),
      /** The source that gives the size. */
      source: ref('sources'),
    })
    .refine((t) => t.min !== undefined || t.max !== undefined, { error: 'must give min, max or both' })
    .refine((t) => t.min === undefined || t.max === undefined || t.min <= t.max, { error: 'min must not exceed max', path: ['min'] })
    .optional(),
  /** Source entries the page draws on. */
  sources: uniqueList(ref('sources')).min(1, { error: 'must cite at least one source' }),
  /** The day the page was last checked against its sources, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type TeamModel = z.infer<typeof teamModelSchema>;
