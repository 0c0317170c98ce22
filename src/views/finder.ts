/**
 * The role finder's pages, from its question set: one page per question and one per answer
 * that ends in a recommendation. Questions form a tree (the schema makes sure), so each page
 * knows the answers that led to it and gathers the roles they ruled out.
 */
import type { Finder, FinderQuestion } from '../schemas/finder.ts';
import { withBase } from '../routes.ts';

export interface Step {
  question: string;
  answer: string;
}

export interface Verdict {
  role: string;
  why: string;
}

export type FinderPage =
  | { kind: 'question'; path: string; question: FinderQuestion; trail: Step[]; answers: { label: string; href: string }[] }
  | { kind: 'result'; path: string; trail: Step[]; recommend: Verdict[]; ruledOut: Verdict[] };

/** The address of a question's page, without the base: the first question is the tool's home. */
export const questionPath = (finder: Pick<Finder, 'start'>, id: string) => (id === finder.start ? '/finder/' : `/finder/${id}/`);

/** Every page of the finder, starting from its first question. */
export function finderPages(finder: Finder): FinderPage[] {
  const byId = new Map(finder.questions.map((q) => [q.id, q]));
  const pages: FinderPage[] = [];
  const visit = (id: string, trail: Step[], ruledOut: Verdict[]) => {
    const question = byId.get(id)!;
    const answers = question.answers.map((answer, i) => {
      const path = answer.next ? questionPath(finder, answer.next) : `/finder/${question.id}/${i + 1}/`;
      return { answer, path };
    });
    pages.push({
      kind: 'question',
      path: questionPath(finder, id),
      question,
      trail,
      answers: answers.map(({ answer, path }) => ({ label: answer.label, href: withBase(path) })),
    });
    for (const { answer, path } of answers) {
      const nextTrail = [...trail, { question: question.text, answer: answer.label }];
      const gathered = [...ruledOut, ...answer.ruledOut.filter((r) => !ruledOut.some((o) => o.role === r.role))];
      if (answer.next) visit(answer.next, nextTrail, gathered);
      else {
        const recommended = new Set(answer.recommend!.map((r) => r.role));
        pages.push({ kind: 'result', path, trail: nextTrail, recommend: answer.recommend!, ruledOut: gathered.filter((r) => !recommended.has(r.role)) });
      }
    }
  };
  visit(finder.start, [], []);
  return pages;
}
