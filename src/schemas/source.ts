import { z } from 'astro/zod';
import { line, ref } from './common.ts';

/**
 * What kind of publication a source is, which says how much a figure from it can carry: from a
 * national statistics office or the text of a law, down to one person's essay. Figures show the
 * kind beside them; the sources page explains each.
 */
export const SOURCE_KIND_INFO = {
  'official-statistics': { label: 'Official statistics', weight: 'A national statistics office or official classification: a stated method, large samples, published on a schedule.' },
  'primary-text': { label: 'Primary text', weight: 'The text of a law, standard or specification, from the body that issues it: authoritative for what it says, silent on practice.' },
  'official-release': { label: 'Official release', weight: 'A press release from the body that made a decision: authoritative for what was decided and when, a summary rather than the text itself.' },
  survey: { label: 'Survey', weight: 'A survey of employers or workers with a stated sample: stronger than one company’s view, as good as its sample.' },
  'industry-report': { label: 'Industry report', weight: 'An analysis by a consultancy, recruiter or platform of its own data: a real sample, chosen and described by the publisher.' },
  'pay-data': { label: 'Self-reported pay data', weight: 'Pay figures people submit themselves: many data points, unchecked, leaning towards the companies and levels whose staff submit.' },
  'job-board': { label: 'Job board', weight: 'A guide published by a job board or careers site: close to the hiring market, with no stated method for its figures.' },
  'vendor-article': { label: 'Vendor article', weight: 'A blog post by a company that sells services or products in the field: informed, with no stated method, and an interest in the topic.' },
  'personal-essay': { label: 'Personal essay', weight: 'One practitioner’s account: first-hand experience, one person’s view.' },
  'company-document': { label: 'Company document', weight: 'A document of the company that runs this copy of the handbook: authoritative for its own roles, levels and decisions, and for nothing beyond them.' },
} as const;
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_INFO) as (keyof typeof SOURCE_KIND_INFO)[];
export type SourceKind = keyof typeof SOURCE_KIND_INFO;

export const sourceSchema = z.strictObject({
  /** The publication's title as published. */
  title: line,
  /** The person who wrote it, where the publication names one. */
  author: line.optional(),
  /** The organisation that published it. */
  publisher: line.optional(),
  /** The year it was published, or the year it speaks for. */
  year: z.number().int().min(1990).max(2100),
  /** What kind of publication it is, from official statistics to a personal essay (SOURCE_KIND_INFO). */
  kind: z.enum(SOURCE_KINDS as [SourceKind, ...SourceKind[]]),
  /** Where it can be read, if it is public. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  /** For a study the handbook has not read first-hand: the source entry that reports it. */
  via: ref('sources').optional(),
  /** What the handbook takes from it, in one line. */
  note: line.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
