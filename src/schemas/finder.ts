import { z } from 'astro/zod';
import { isoDate, line, ref, sentence, slug, uniqueList } from './common.ts';

/** A role the finder recommends or rules out, with the reason in one line. */
const verdict = z.strictObject({
  /** The role. */
  role: ref('roles'),
  /** Why, in one line. */
  why: line,
});

export const finderAnswerSchema = z
  .strictObject({
    /** The answer as the reader picks it. */
    label: line,
    /** The question this answer leads to, by id. */
    next: slug().optional(),
    /** The roles this answer leads to: one or two, best first. */
    recommend: z.array(verdict).min(1).max(2, { error: 'must recommend one or two roles' }).optional(),
    /** Roles this answer rules out, and why. */
    ruledOut: z.array(verdict).default([]),
  })
  .refine((a) => (a.next === undefined) !== (a.recommend === undefined), {
    error: 'must either lead to a next question (next) or end with roles to hire (recommend), not both',
  });

export const finderQuestionSchema = z.strictObject({
  /** The question's id: lowercase kebab case, unique in the file; used in its page address. */
  id: slug(),
  /** The question as the reader sees it. */
  text: line,
  /** A line that helps the reader answer. */
  help: line.optional(),
  /** Two or more answers. */
  answers: z.array(finderAnswerSchema).min(2, { error: 'must offer at least two answers' }),
});

/**
 * The "which role do I need?" question set. Editors change the questions and where each
 * answer leads here, without touching code.
 */
export const finderSchema = z
  .strictObject({
    /** The tool's title. */
    title: line,
    /** One sentence shown under the title. */
    summary: sentence,
    /** The id of the first question. */
    start: slug(),
    /** Every question; each answer leads to another question or to recommended roles. */
    questions: z.array(finderQuestionSchema).min(1),
    /** Source entries behind the mapping. */
    sources: uniqueList(ref('sources')).default([]),
    /** The day the questions were last checked, `YYYY-MM-DD`. */
    lastReviewed: isoDate,
  })
  .superRefine((finder, ctx) => {
    const ids = finder.questions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `"${id}" is the id of another question too` });
    });
    const known = new Set(ids);
    if (!known.has(finder.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: `no question has the id "${finder.start}"; ids: ${ids.join(', ')}` });
    finder.questions.forEach((q, qi) =>
      q.answers.forEach((a, ai) => {
        if (a.next !== undefined && !known.has(a.next)) {
          ctx.addIssue({ code: 'custom', path: ['questions', qi, 'answers', ai, 'next'], message: `no question has the id "${a.next}"; ids: ${ids.join(', ')}` });
        }
      }),
    );
    // Each question is reached by one answer only, so every page knows the one path that led to it.
    const leadsTo = new Map<string, number>();
    finder.questions.forEach((q) => q.answers.forEach((a) => a.next && leadsTo.set(a.next, (leadsTo.get(a.next) ?? 0) + 1)));
    finder.questions.forEach((q, i) => {
      if ((leadsTo.get(q.id) ?? 0) > 1) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `more than one answer leads to "${q.id}"; give each answer its own question` });
      if (q.id === finder.start && leadsTo.has(q.id)) ctx.addIssue({ code: 'custom', path: ['start'], message: `an answer leads back to the first question "${q.id}"` });
    });
    // Every question must be reachable from the start, and no answer may lead back to a question already asked.
    const byId = new Map(finder.questions.map((q) => [q.id, q]));
    const reached = new Set<string>();
    const walk = (id: string, trail: string[]) => {
      if (trail.includes(id)) {
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `answers lead in a circle: ${[...trail, id].join(' -> ')}` });
        return;
      }
      reached.add(id);
      for (const a of byId.get(id)?.answers ?? []) if (a.next && byId.has(a.next)) walk(a.next, [...trail, id]);
    };
    if (known.has(finder.start)) walk(finder.start, []);
    finder.questions.forEach((q, i) => {
      if (!reached.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `no answer leads to the question "${q.id}"` });
    });
  });

export type Finder = z.infer<typeof finderSchema>;
export type FinderQuestion = z.infer<typeof finderQuestionSchema>;
