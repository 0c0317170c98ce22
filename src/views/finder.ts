/**
 * The role finder's pages, from its question set: one page per question and one per answer
 * that ends in a recommendation. Questions form a tree (the schema makes sure), so each page
 * knows the answers that led to it and gathers the roles they ruled out.
 */
import type { Finder, FinderQuestion } from '../schemas/finder.ts';
import { roleFilePaths, withBase } from '../routes.ts';

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

/** An entry as the finder's next steps need it: a role (title and first-hire stage) or a stage (title). */
interface Titled<T = object> {
  data: { title: string } & T;
}

/**
 * Where a reader goes from an answer: the recommended roles compared (with each other, or the
 * one with the first role ruled out), each one's job-description starter, and the team planner at
 * the stage the first is usually hired at. Paths without the base.
 */
export function nextSteps(
  page: Extract<FinderPage, { kind: 'result' }>,
  roles: ReadonlyMap<string, Titled<{ hiringStage: string }>>,
  stages: ReadonlyMap<string, Titled>,
): { path: string; label: string }[] {
  const role = (id: string) => {
    const found = roles.get(id);
    if (!found) throw new Error(`Unresolved role "${id}" reached the renderer`);
    return found.data;
  };
  const recommended = page.recommend.map((r) => r.role);
  const compared = recommended.length > 1 ? recommended : [...recommended, ...page.ruledOut.slice(0, 1).map((r) => r.role)];
  const steps: { path: string; label: string }[] = [];
  if (compared.length > 1) {
    steps.push({ path: `/compare/?roles=${compared.join(',')}`, label: `Compare the ${compared.map((id) => role(id).title).join(' and the ')} side by side` });
  }
  for (const id of recommended) steps.push({ path: roleFilePaths(id).jobDescription, label: `A job-description starter for the ${role(id).title}` });
  const first = role(recommended[0]!);
  const stage = stages.get(first.hiringStage)?.data;
  steps.push({
    path: `/planner/?stage=${first.hiringStage}`,
    label: stage ? `Plan a team around the ${first.title}, from the stage it is usually first hired at: ${stage.title}` : `Plan a team around the ${first.title}`,
  });
  return steps;
}
