import { describe, expect, test } from 'vitest';
import { adviceText, sizeAdvice } from '../../../src/client/planner.ts';
import { askedRoles, choiceNotes, chosenRoles, shared } from '../../../src/client/compare.ts';
import { planTeam } from '../../../src/views/planner.ts';
import { finderPages, nextSteps } from '../../../src/views/finder.ts';
import { finderSchema } from '../../../src/schemas/finder.ts';

const models = [
  { id: 'embedded', title: 'Embedded model', href: '/team-models/embedded/', teamSize: null },
  { id: 'hybrid', title: 'Hybrid model', href: '/team-models/hybrid/', teamSize: { min: 6, source: 's' } },
];

describe('team size advice', () => {
  test('suggests the model whose size fits, and says nothing when the choice fits', () => {
    expect(sizeAdvice(8, 'embedded', models).suggested?.id).toBe('hybrid');
    expect(adviceText(8, 'embedded', models)).toBe('With 8 AI engineers: the hybrid model is the usual shape for teams of 6 or more AI engineers.');
    expect(adviceText(8, 'hybrid', models)).toBe('');
    expect(adviceText(2, 'embedded', models)).toBe('');
    expect(adviceText(3, 'hybrid', models)).toBe('With 3 AI engineers: the hybrid model is the usual shape for teams of 6 or more AI engineers.');
  });
});

describe('compare', () => {
  test('reads the roles from either address form, known ids only, three at most', () => {
    const known = new Set(['a', 'b', 'c', 'd']);
    expect(chosenRoles(new URLSearchParams('roles=a,b'), known)).toEqual(['a', 'b']);
    expect(chosenRoles(new URLSearchParams('role=a&role=x&role=c'), known)).toEqual(['a', 'c']);
    expect(chosenRoles(new URLSearchParams('roles=a,b,c,d'), known)).toEqual(['a', 'b', 'c']);
  });

  test('says when a role is chosen twice, an id names no role, or more roles are asked than fit', () => {
    const titles = new Map([['a', 'AI Engineer'], ['b', 'ML Engineer'], ['c', 'MLOps Engineer'], ['d', 'AI Architect']]);
    expect(choiceNotes(['a', 'b'], titles)).toEqual([]);
    expect(choiceNotes(askedRoles(new URLSearchParams('roles=a,a,b')), titles)).toEqual(['AI Engineer is chosen more than once; it is compared once.']);
    expect(choiceNotes(askedRoles(new URLSearchParams('roles=a,nope&role=b')), titles)).toEqual(['The address names a role that is not in the handbook: “nope”. It is left out.']);
    expect(choiceNotes(['x', 'y'], titles)).toEqual(['The address names roles that are not in the handbook: “x”, “y”. They are left out.']);
    expect(choiceNotes(['a', 'b', 'c', 'd'], titles)).toEqual(['At most 3 roles are compared at once: the first 3 are shown.']);
  });

  test('marks values two roles share, whatever their case', () => {
    expect(shared([['Python', 'SQL'], ['python', 'Go'], ['Rust']])).toEqual(new Set(['python']));
  });
});

const stage = (id: string, order: number, roles: string[]) => ({ id, data: { title: id, order, hireOrder: roles.map((r) => ({ role: r, why: `why ${r}` })) } });
const role = (id: string, hiringStage: string, models: string[] = []) => ({
  id,
  data: { title: id.toUpperCase(), summary: 's', hiringStage, teamModels: models.map((m) => ({ model: m, placement: `${id} in ${m}` })) },
});

describe('team plan', () => {
  const input = {
    stages: [stage('early', 1, ['eng', 'data']), stage('growth', 2, ['ops']), stage('enterprise', 3, ['arch', 'cao'])],
    roles: [role('eng', 'early', ['hybrid']), role('data', 'early'), role('ops', 'growth', ['hybrid']), role('arch', 'enterprise'), role('cao', 'enterprise'), role('designer', 'growth')],
    models: [{ id: 'hybrid', data: { title: 'Hybrid model' } }],
  };

  test('hires the stage\'s roles in order with where each sits, and assumes earlier hires', () => {
    const plan = planTeam('growth', 'hybrid', input);
    expect(plan.hire).toEqual([{ id: 'ops', title: 'OPS', why: 'why ops', placement: 'ops in hybrid' }]);
    expect(plan.inPlace.map((r) => r.id)).toEqual(['eng', 'data']);
    expect(plan.next?.stage.id).toBe('enterprise');
    expect(plan.next?.roles.map((r) => r.id)).toEqual(['arch', 'cao']);
    expect(plan.skip.map((r) => r.id)).toEqual(['arch', 'cao']);
  });

  test('the last stage has no next step, and nothing waits', () => {
    const plan = planTeam('enterprise', 'hybrid', input);
    expect(plan.next).toBeUndefined();
    expect(plan.skip).toEqual([]);
  });
});

describe('role finder', () => {
  const finder = finderSchema.parse({
    title: 'Which role?',
    summary: 'A few questions that lead to the right role.',
    start: 'q1',
    lastReviewed: '2026-11-21',
    questions: [
      { id: 'q1', text: 'Build or decide?', answers: [{ label: 'Build', next: 'q2', ruledOut: [{ role: 'strategist', why: 'does not build' }] }, { label: 'Decide', recommend: [{ role: 'strategist', why: 'decides' }] }] },
      { id: 'q2', text: 'Train or use?', answers: [{ label: 'Train', recommend: [{ role: 'ml', why: 'trains' }] }, { label: 'Use', recommend: [{ role: 'ai', why: 'uses' }], ruledOut: [{ role: 'ml', why: 'trains' }] }] },
    ],
  });

  test('has a page per question and per final answer, each knowing the answers that led to it', () => {
    const pages = finderPages(finder);
    expect(pages.map((p) => p.path)).toEqual(['/finder/', '/finder/q2/', '/finder/q2/1/', '/finder/q2/2/', '/finder/q1/2/']);
    const use = pages.find((p) => p.path === '/finder/q2/2/')!;
    expect(use.kind === 'result' && use.trail).toEqual([{ question: 'Build or decide?', answer: 'Build' }, { question: 'Train or use?', answer: 'Use' }]);
    expect(use.kind === 'result' && use.ruledOut.map((r) => r.role)).toEqual(['strategist', 'ml']);
  });

  test("an answer's next steps: compare, each job description, and the planner at the first role's stage", () => {
    const roles = new Map([
      ['ai', { data: { title: 'AI Engineer', hiringStage: 'early-stage' } }],
      ['ml', { data: { title: 'ML Engineer', hiringStage: 'growth-stage' } }],
      ['strategist', { data: { title: 'AI Strategist', hiringStage: 'enterprise' } }],
    ]);
    const stages = new Map([['early-stage', { data: { title: 'Early-stage' } }]]);
    const use = finderPages(finder).find((p) => p.path === '/finder/q2/2/')!;
    if (use.kind !== 'result') throw new Error('not a result');
    // One role recommended: compared with the first role ruled out.
    expect(nextSteps(use, roles, stages)).toEqual([
      { path: '/compare/?roles=ai,strategist', label: 'Compare the AI Engineer and the AI Strategist side by side' },
      { path: '/roles/ai/job-description.md', label: 'A job-description starter for the AI Engineer' },
      { path: '/planner/?stage=early-stage', label: 'Plan a team around the AI Engineer, from the stage it is usually first hired at: Early-stage' },
    ]);
    const decide = finderPages(finder).find((p) => p.path === '/finder/q1/2/')!;
    if (decide.kind !== 'result') throw new Error('not a result');
    // Nothing to compare with, and a stage with no page: no compare link, and the plan by role.
    expect(nextSteps(decide, roles, stages).map((s) => s.path)).toEqual(['/roles/strategist/job-description.md', '/planner/?stage=enterprise']);
    expect(() => nextSteps(decide, new Map(), stages)).toThrow('Unresolved role "strategist"');
  });

  test('refuses an answer that leads nowhere, a circle, an unreachable question and a shared question', () => {
    const base = { title: 'The finder', summary: 'A summary long enough to pass.', start: 'a', lastReviewed: '2026-11-21' };
    const q = (id: string, ...answers: object[]) => ({ id, text: `Question ${id}?`, answers });
    const end = { label: 'End', recommend: [{ role: 'x', why: 'A reason.' }] };
    const messages = (data: object) => finderSchema.safeParse(data).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...base, questions: [q('a', { label: 'Go', next: 'zz' }, end)] })).toEqual(['no question has the id "zz"; ids: a']);
    expect(messages({ ...base, questions: [q('a', { label: 'Go', next: 'b' }, end), q('b', { label: 'Back', next: 'a' }, end)] })).toContain('answers lead in a circle: a -> b -> a');
    expect(messages({ ...base, questions: [q('a', end, end), q('b', end, end)] })).toEqual(['no answer leads to the question "b"']);
    expect(messages({ ...base, questions: [q('a', { label: 'One', next: 'b' }, { label: 'Two', next: 'b' }), q('b', end, end)] })).toEqual([
      'more than one answer leads to "b"; give each answer its own question',
    ]);
    expect(messages({ ...base, questions: [q('a', { label: 'Both', next: 'a', recommend: [{ role: 'x', why: 'A reason.' }] }, end)] })[0]).toMatch(/must either lead to a next question/);
  });
});
