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
