import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, slug, uniqueList, redirectFrom } from './common.ts';

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
  /**
   * The parts of the organization the model places people in, e.g. `platform-team` ("In the
   * platform team"). Each role placed in the model names one, and the page's "Who sits where"
   * list opens each item with a group's label in bold; the build checks the two agree.
   */
  groups: z
    .array(
      z.strictObject({
        /** The group's id, lowercase kebab case, e.g. `product-teams`. */
        id: slug(),
        /** The label the "Who sits where" list uses, e.g. `In the product teams`. */
        label: line,
      }),
    )
    .default([])
    .superRefine((groups, ctx) => {
      groups.forEach((g, i) => {
        if (groups.findIndex((o) => o.id === g.id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${g.id}" is the id of another group too` });
      });
    }),
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
