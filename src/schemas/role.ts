import { z } from 'astro/zod';
import { isoDate, line, period, ref, sentence, uniqueList, redirectFrom } from './common.ts';

/** The families roles are grouped by on the roles index and in search filters. */
export const ROLE_FAMILIES = [
  'strategy',
  'engineering',
  'operations',
  'data',
  'research',
  'product',
  'governance',
  'leadership',
  'design',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

/** Technical depth, from conceptual literacy to building and running systems. */
export const DEPTH_LEVELS = ['low', 'low-medium', 'medium', 'medium-high', 'high'] as const;
export type DepthLevel = (typeof DEPTH_LEVELS)[number];

/** What a pay figure measures; `unstated` when the source does not say whether it is base or total pay. */
export const PAY_BASES = ['base', 'total', 'median', 'average', 'unstated'] as const;

export const compensationSchema = z
  .strictObject({
    /** Where the figure applies, e.g. `United States`. */
    region: line,
    /** ISO 4217 currency code, e.g. `USD`. */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as USD' }),
    /** Lower end of the band, per year, in whole currency units. For a single published figure, min equals max. */
    min: z.number().int().positive(),
    /** Upper end of the band, per year. */
    max: z.number().int().positive(),
    /** True when the source gives the upper end as open ("$400,000+"). */
    openEnded: z.boolean().default(false),
    /** What the figure measures: base salary, total compensation, a median or average, or `unstated` when the source does not say. */
    basis: z.enum(PAY_BASES),
    /** Seniority the band speaks for, e.g. `Entry (0-2 years)`. Omit for an all-levels figure. */
    level: line.optional(),
    /** The source entry that published the figure. */
    source: ref('sources'),
    /** The period the figure speaks for: `2026`, `2026-01` or `2026-03-15`. */
    asOf: period,
    /** Anything a reader needs to read the figure correctly. */
    note: line.optional(),
  })
  .refine((c) => c.min <= c.max, { error: 'min must not exceed max', path: ['min'] });

export const roleSchema = z.strictObject({
  /** The role's most common title, shown as the page heading. */
  title: line,
  /** Other titles people use for the same job. Search finds the role by any of them. */
  aliases: uniqueList(line).default([]),
  /** One sentence for cards, meta description and search results. */
  summary: sentence,
  /** The family the role is grouped under. */
  family: z.enum(ROLE_FAMILIES),
  /** The role's primary focus, in a few words. */
  focus: line,
  /** How deep the role goes technically. */
  technicalDepth: z.strictObject({
    /** A level from low to high. */
    level: z.enum(DEPTH_LEVELS),
    /** A qualifier shown next to the level, e.g. `conceptual` or `software development`. */
    note: line.optional(),
  }),
  /** What the role does day to day. */
  responsibilities: uniqueList(line).min(1, { error: 'must list at least one responsibility' }),
  /** Core skills a strong candidate shows. */
  skills: uniqueList(line).min(1, { error: 'must list at least one skill' }),
  /** What shows a strong candidate in an interview or portfolio, drawn from the skills the sources list. */
  signals: uniqueList(line).min(1, { error: 'must list at least one signal of a strong candidate' }),
  /** Tools and platforms the role commonly uses. */
  tools: uniqueList(line).default([]),
  /** What the role is not expected to do, and which role does it instead. */
  doesNot: z
    .array(
      z.strictObject({
        /** The task the role does not own. */
        task: line,
        /** The role that owns it instead, if the handbook has one. */
        owner: ref('roles').optional(),
      }),
    )
    .default([]),
  /** Roles people mistake this one for, and the real difference in one line. */
  confusedWith: z
    .array(
      z.strictObject({
        /** The other role. */
        role: ref('roles'),
        /** The difference, in one line. */
        difference: line,
      }),
    )
    .default([]),
  /** Roles a reader of this page should read next. */
  related: uniqueList(ref('roles')).default([]),
  /** Where the role sits in each team model it fits. */
  teamModels: z
    .array(
      z.strictObject({
        /** The team model. */
        model: ref('team-models'),
        /** Where the role sits in that model, in one line. */
        placement: line,
      }),
    )
    .default([]),
  /** The company stage at which the role is usually first hired. */
  hiringStage: ref('hiring-stages'),
  /** Published pay figures, each with its source and the period it speaks for. */
  compensation: z.array(compensationSchema).default([]),
  /** Glossary terms the role works with; each term page lists the roles that use it. */
  terms: uniqueList(ref('glossary')).default([]),
  /** Source entries the page draws on. */
  sources: uniqueList(ref('sources')).min(1, { error: 'must cite at least one source' }),
  /** The day the page was last checked against its sources, `YYYY-MM-DD`. */
  lastReviewed: isoDate,
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type Role = z.infer<typeof roleSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
