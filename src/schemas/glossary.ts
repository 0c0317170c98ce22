import { z } from 'astro/zod';
import { line, sentence, ref, uniqueList, redirectFrom } from './common.ts';

export const glossarySchema = z.strictObject({
  /** The term as readers write it, e.g. `Retrieval-augmented generation (RAG)`. */
  title: line,
  /** Other spellings and abbreviations; search finds the term by any of them. */
  aliases: uniqueList(line).default([]),
  /** A one-sentence definition, shown on the glossary page and in search. */
  summary: sentence,
  /** Terms a reader should look at next. */
  related: uniqueList(ref('glossary')).default([]),
  /** Source entries the definition draws on. */
  sources: uniqueList(ref('sources')).default([]),
  /** A draft is validated but not published. */
  draft: z.boolean().default(false),
  /** Ids this entry had before a rename; their addresses redirect here. */
  redirectFrom: redirectFrom(),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
