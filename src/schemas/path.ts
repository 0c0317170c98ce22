import { z } from 'astro/zod';
import { isoDate, line, sentence, ref, uniqueList, redirectFrom } from './common.ts';

export const pathStepSchema = z.strictObject({
  /** The step's name, e.g. `Month 2: retrieval and evaluation`. */
  title: line,
  /** How long the step usually takes, e.g. `4 weeks`. */
  duration: line.optional(),
  /** What the learner can do at the end of the step. */
  goals: uniqueList(line).min(1, { error: 'must list at least one goal' }),
  /** A concrete project or milestone that shows the step is done. */
  milestone: line,
  /** Glossary terms the step teaches. */
  terms: uniqueList(ref('glossary')).default([]),
  /** Roles the step relates to. */
  roles: uniqueList(ref('roles')).default([]),
});

export const pathSchema = z.strictObject({
  /** The path's name, e.g. `Software engineer to AI engineer`. */
  title: line,
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** Who the path starts from, e.g. `Software engineer with two or more years of backend work`. */
  from: line,
  /** The roles the path leads to. */
  targetRoles: uniqueList(ref('roles')).min(1, { error: 'must lead to at least one role' }),
  /** Typical total length, e.g. `3 to 6 months`. */
  duration: line,
  /** The steps, in order. */
  steps: z.array(pathStepSchema).min(1, { error: 'must have at least one step' }),
  /** Source entries the page draws on. */
  sources: uniqueList(ref('sources')).min(1, { error: 'must cite at least one source' }),
  /** The day the page was last checked against its sources, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type LearningPath = z.infer<typeof pathSchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
