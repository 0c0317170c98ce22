import { z } from 'astro/zod';
import { line, period, ref } from './common.ts';

/**
 * An official occupation: its O*NET-SOC code (United States), its ISCO-08 unit group (the
 * International Labour Organization's classification), and the official median pay for it. Roles
 * map to the nearest one, so a reader sees the wider occupation statistics count them in.
 */
export const occupationSchema = z.strictObject({
  /** The O*NET-SOC title as published, e.g. `Software Developers`. */
  title: line,
  /** The O*NET-SOC occupation. */
  onet: z.strictObject({
    /** The O*NET-SOC 2019 code, e.g. `15-1252.00`. */
    code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'must be an O*NET-SOC code such as 15-1252.00' }),
    /** The occupation's page, e.g. on O*NET OnLine. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
  }),
  /** The ISCO-08 unit group. */
  isco: z.strictObject({
    /** The four-digit unit group code, e.g. `2512`. */
    code: z.string().regex(/^\d{4}$/, { error: 'must be a four-digit ISCO-08 unit group code such as 2512' }),
    /** The unit group's title as the ILO publishes it. */
    title: line,
    /** The source the code was taken from. */
    source: ref('sources'),
  }),
  /** The official median pay for the occupation, where a source gives it. */
  medianPay: z
    .strictObject({
      /** Per year, in whole currency units. */
      amount: z.number().int().positive(),
      /** ISO 4217 currency code. */
      currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as USD' }),
      /** Where it applies, e.g. `United States`. */
      region: line,
      /** The period the figure speaks for, e.g. `2024-05` for the May 2024 survey. */
      asOf: period,
      /** The source that publishes it. */
      source: ref('sources'),
      /** The page that gives the figure. */
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
    })
    .optional(),
  /** Why the median pay is missing, where no source could be found. */
  payGap: line.optional(),
  /** Anything a reader needs to read the mapping correctly. */
  note: line.optional(),
});

export type Occupation = z.infer<typeof occupationSchema>;
