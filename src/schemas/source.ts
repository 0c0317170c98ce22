import { z } from 'astro/zod';
import { line, ref } from './common.ts';

/** What kind of publication a source is. */
export const SOURCE_KINDS = ['article', 'report', 'ranking', 'dataset', 'essay'] as const;

export const sourceSchema = z.strictObject({
  /** The publication's title as published. */
  title: line,
  /** The person who wrote it, where the publication names one. */
  author: line.optional(),
  /** The organisation that published it. */
  publisher: line.optional(),
  /** The year it was published, or the year it speaks for. */
  year: z.number().int().min(1990).max(2100),
  /** What kind of publication it is. */
  kind: z.enum(SOURCE_KINDS),
  /** Where it can be read, if it is public. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  /** For a study the handbook has not read first-hand: the source entry that reports it. */
  via: ref('sources').optional(),
  /** What the handbook takes from it, in one line. */
  note: line.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
