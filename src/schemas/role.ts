import { z } from 'astro/zod';
import { isoDate, line, period, ref, sentence, slug, uniqueList, redirectFrom } from './common.ts';

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

/**
 * The handbook's ladder: every role's levels are steps of it, so "senior" means the same step on
 * every page, a level's anchor is `#level-<id>`, and a company can map its own ladder onto it.
 */
export const LADDER = {
  entry: 'Entry',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  head: 'Head of function',
  director: 'Director',
  executive: 'Executive',
} as const;
export type LevelId = keyof typeof LADDER;
export const LEVEL_IDS = Object.keys(LADDER) as [LevelId, ...LevelId[]];

export const levelSchema = z.strictObject({
  /** The step of the handbook's ladder (LADDER); the page anchor is `#level-<id>`. */
  id: z.enum(LEVEL_IDS),
  /** The title a job post would use, e.g. `Senior AI Engineer`. */
  title: line,
  /** What the person is responsible for: a feature, a system, a product area, the company. */
  scope: sentence,
  /** How much direction they need, and who they answer to. */
  autonomy: sentence,
  /** What changes because of their work, and how far it reaches. */
  impact: sentence,
  /** What is new at this level compared with the one below (for the first level: what it asks on entry). */
  change: sentence,
  /** What shows someone works at this level, in an interview or in their record. */
  signals: uniqueList(line).min(1, { error: 'must list at least one signal of the level' }),
  /** Years of experience the sources associate with the level, where they give any, e.g. `5+ years`. */
  experience: line.optional(),
});

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
    /** Seniority the band speaks for, as the source words it, e.g. `Entry (0-2 years)`. Omit for an all-levels figure. */
    level: line.optional(),
    /** The role's own level (one of its `levels`) the source's band matches, where it matches one. */
    forLevel: z.enum(LEVEL_IDS).optional(),
    /** The source entry that published the figure. */
    source: ref('sources'),
    /** The period the figure speaks for: `2026`, `2026-01` or `2026-03-15`. */
    asOf: period,
    /** Anything a reader needs to read the figure correctly. */
    note: line.optional(),
  })
  .refine((c) => c.min <= c.max, { error: 'min must not exceed max', path: ['min'] });

/**
 * A company's own pay band for one of the role's levels (a company folder sets these). Shown as
 * "Our pay bands", apart from the published figures, and kept out of exports unless the
 * deployment's `exportPayBands` setting is on.
 */
export const payBandSchema = z
  .strictObject({
    /** The role's own level (one of its `levels`) the band is for. */
    level: z.enum(LEVEL_IDS),
    /** ISO 4217 currency code, e.g. `EUR`. */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as EUR' }),
    /** Lower end of the band, per year, in whole currency units. */
    min: z.number().int().positive(),
    /** Upper end of the band, per year. */
    max: z.number().int().positive(),
    /** The day the band was set or last confirmed, `YYYY-MM-DD`. */
    asOf: isoDate,
    /** Where the band applies, when the company has more than one, e.g. `Berlin`. */
    region: line.optional(),
    /** Anything a reader needs to read the band, e.g. `base salary; bonus separate`. */
    note: line.optional(),
  })
  .refine((b) => b.min <= b.max, { error: 'min must not exceed max', path: ['min'] });

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
        /** The model's group the role sits in (one of the model's `groups`), e.g. `platform-team`. */
        group: slug().optional(),
      }),
    )
    .default([]),
  /** The company stage at which the role is usually first hired. */
  hiringStage: ref('hiring-stages'),
  /** Published pay figures, each with its source and the period it speaks for. */
  compensation: z.array(compensationSchema).default([]),
  /** The company's own pay bands, by level (see payBandSchema); never mixed into `compensation`. */
  payBands: z.array(payBandSchema).default([]),
  /** The role's levels, lowest first, each a step of the handbook's ladder (at least three). */
  levels: z.array(levelSchema).min(3, { error: 'must list at least three levels, lowest first, such as mid, senior and staff' }),
  /** The official occupation nearest the role, for codes and official pay; omit only with `occupationGap`. */
  occupation: z
    .strictObject({
      /** The occupation entry (content/occupations/). */
      id: ref('occupations'),
      /** Whether the O*NET-SOC occupation is this role (`exact`) or the nearest wider one (`nearest`). */
      onet: z.enum(['exact', 'nearest']),
      /** The same for the ISCO-08 unit group. */
      isco: z.enum(['exact', 'nearest']),
      /** Why this occupation, where it is not obvious. */
      note: line.optional(),
    })
    .optional(),
  /** Why the role has no official occupation mapped, where no source could be found. */
  occupationGap: line.optional(),
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
}).superRefine((role, ctx) => {
  // Levels climb the ladder: each a different step, lowest first, so `#level-<id>` names one section.
  const steps = LEVEL_IDS as readonly string[];
  role.levels.forEach((level, i) => {
    const before = role.levels[i - 1];
    if (role.levels.findIndex((l) => l.id === level.id) !== i) {
      ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: `"${level.id}" is listed twice; each level is a different step of the ladder (${LEVEL_IDS.join(', ')})` });
    } else if (before && steps.indexOf(level.id) < steps.indexOf(before.id)) {
      ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: `"${level.id}" comes after "${before.id}"; list levels lowest first, in ladder order: ${LEVEL_IDS.join(', ')}` });
    }
  });
  const own = role.levels.map((l) => l.id);
  role.compensation.forEach((row, i) => {
    if (row.forLevel !== undefined && !own.includes(row.forLevel)) {
      ctx.addIssue({ code: 'custom', path: ['compensation', i, 'forLevel'], message: `"${row.forLevel}" is not one of this role's levels; use one of: ${own.join(', ')}` });
    }
  });
  role.payBands.forEach((band, i) => {
    if (!own.includes(band.level)) {
      ctx.addIssue({ code: 'custom', path: ['payBands', i, 'level'], message: `"${band.level}" is not one of this role's levels; use one of: ${own.join(', ')}` });
    }
  });
  if (role.occupation === undefined && role.occupationGap === undefined) {
    ctx.addIssue({ code: 'custom', path: ['occupation'], message: 'is required: name the nearest official occupation (content/occupations/), or say in occupationGap why none could be found' });
  }
  if (role.occupation !== undefined && role.occupationGap !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['occupationGap'], message: 'is for a role with no occupation; remove it, or remove occupation' });
  }
});

export type Role = z.infer<typeof roleSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
export type PayBand = z.infer<typeof payBandSchema>;
export type Level = z.infer<typeof levelSchema>;
