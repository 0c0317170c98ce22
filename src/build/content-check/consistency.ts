/**
 * Checks that compare pages with each other: facts one page states and another computes or
 * repeats. Each returns problems in the content check's `file:line field: message` form, placed
 * on the entry an author would change.
 */
import { basename, dirname, join } from 'node:path';
import type { SourceEntry } from './read.ts';
// check.ts imports this module too; formatPath is only called once both have loaded.
import { formatPath, type Problem } from './check.ts';
import type { PathKey } from '../../schemas/walk.ts';

/** An entry its schema accepted, with its parsed data. */
export interface ParsedEntry {
  entry: SourceEntry;
  data: Record<string, unknown>;
}

type Stage = { order: number; hireOrder: { role: string }[] };
type Path = { duration: string; steps: { title: string; duration?: string }[] };
type TeamSize = { min?: number; max?: number };
type TeamModel = { title: string; teamSize?: TeamSize; groups: { id: string; label: string }[] };
type Role = { title: string; hiringStage: string; teamModels: { model: string; group?: string }[] };
type Finder = { questions: { answers: { recommend?: { role: string }[] }[] }[] };

/**
 * Every check of this file, over the published entries. A role only a company folder adds
 * (`companyRoles`) may stay out of the hire orders and the role finder, which the handbook's
 * files hold: each such absence is a note, not a problem, so a company can add a role with one
 * file and no copy of the handbook's lists.
 */
export function consistencyProblems(items: readonly ParsedEntry[], companyRoles: ReadonlySet<string> = new Set()): { problems: Problem[]; notes: Problem[] } {
  const of = (collection: string) => items.filter((i) => i.entry.collection === collection && i.data.draft !== true);
  const roles = of('roles');
  const stages = hiringStageProblems(roles, of('hiring-stages'), companyRoles);
  const finder = finderProblems(roles, of('finder'), companyRoles);
  return {
    problems: [
      ...stages.problems,
      ...pathDurationProblems(of('paths')),
      ...finder.problems,
      ...placementProblems(roles, of('team-models')),
      ...teamSizeProblems(of('team-models')),
    ],
    notes: [...stages.notes, ...finder.notes],
  };
}

const at = (item: ParsedEntry, path: PathKey[], message: string): Problem => ({
  file: item.entry.file,
  line: item.entry.lineOf(path),
  field: formatPath(path),
  message,
});

/**
 * A role's first-hire stage is the earliest stage whose hire order lists it. A company role
 * (`companyRoles`) no hire order lists is a note: its page names the stage, whose page does not list it.
 */
export function hiringStageProblems(roles: readonly ParsedEntry[], stages: readonly ParsedEntry[], companyRoles: ReadonlySet<string> = new Set()): { problems: Problem[]; notes: Problem[] } {
  const ordered = [...stages].sort((a, b) => (a.data as unknown as Stage).order - (b.data as unknown as Stage).order);
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  for (const role of roles) {
    const stated = (role.data as unknown as Role).hiringStage;
    const first = ordered.find((s) => (s.data as unknown as Stage).hireOrder.some((h) => h.role === role.entry.id));
    const home = stages.find((s) => s.entry.id === stated);
    if (!first && companyRoles.has(role.entry.id)) {
      notes.push(at(role, ['hiringStage'], `the company role is in no hire order, so the "${stated}" page does not list it; to list it, write ${besideRole(role, 'hiring-stages', home?.entry.file ?? `${stated}.mdx`)} with merge: true and the whole hireOrder, this role in its place`));
    } else if (!first) {
      problems.push(at(role, ['hiringStage'], `says the role is first hired at "${stated}", but no hiring stage lists it in its hireOrder; add it to the hireOrder of ${home?.entry.file ?? `content/hiring-stages/${stated}`}`));
    } else if (first.entry.id !== stated) {
      const index = (first.data as unknown as Stage).hireOrder.findIndex((h) => h.role === role.entry.id);
      problems.push(
        at(role, ['hiringStage'], `says the role is first hired at "${stated}", but the earliest hire order that lists it is "${first.entry.id}" (${first.entry.file}:${first.entry.lineOf(['hireOrder', index, 'role'])}); make the two agree`),
      );
    }
  }
  return { problems, notes };
}

const WEEKS_PER = { week: 1, month: 52 / 12 } as const;
type Unit = keyof typeof WEEKS_PER;
export interface Duration {
  min: number;
  max: number;
  unit: Unit;
}
const DURATION = /^(?:about\s+)?(\d+(?:\.\d+)?)(?:\s*(?:to|-|–)\s*(\d+(?:\.\d+)?))?\s+(week|month)s?$/i;
const DURATION_FORMS = '"4 weeks", "3 to 4 weeks", "about 6 months" or "3 to 6 months"';

/** Reads `4 weeks`, `3 to 4 weeks`, `3–6 months`, `about 6 months`; undefined for anything else. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return min <= max ? { min, max, unit: m[3]!.toLowerCase() as Unit } : undefined;
}

const plural = (n: number, unit: Unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const span = (min: number, max: number, unit: Unit) => (min === max ? plural(min, unit) : `${min} to ${plural(max, unit)}`);

/**
 * A path's stated length matches its steps: each end of the stated range is within half a unit
 * (two weeks for months, none for weeks) of the steps' total.
 */
export function pathDurationProblems(paths: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const path of paths) {
    const data = path.data as unknown as Path;
    const total = parseDuration(data.duration);
    if (!total) problems.push(at(path, ['duration'], `"${data.duration}" is not a length the check can add up; write it as ${DURATION_FORMS}`));
    let min = 0;
    let max = 0;
    let complete = true;
    data.steps.forEach((step, i) => {
      if (step.duration === undefined) {
        complete = false;
        return;
      }
      const d = parseDuration(step.duration);
      if (!d) {
        problems.push(at(path, ['steps', i, 'duration'], `"${step.duration}" is not a length the check can add up; write it as ${DURATION_FORMS}`));
        complete = false;
        return;
      }
      min += d.min * WEEKS_PER[d.unit];
      max += d.max * WEEKS_PER[d.unit];
    });
    const timed = data.steps.filter((s) => s.duration !== undefined).length;
    if (timed > 0 && timed < data.steps.length) {
      data.steps.forEach((step, i) => {
        if (step.duration === undefined) problems.push(at(path, ['steps', i, 'duration'], `is missing while other steps give one; give every step a duration so the path's total (${data.duration}) can be checked`));
      });
    }
    if (!total || !complete || timed === 0) continue;
    const per = WEEKS_PER[total.unit];
    const slack = total.unit === 'week' ? 0 : per / 2;
    if (Math.abs(total.min * per - min) > slack + 1e-9 || Math.abs(total.max * per - max) > slack + 1e-9) {
      const weeks = span(Math.round(min), Math.round(max), 'week');
      const inUnit = total.unit === 'week' ? '' : ` (about ${span(Math.round(min / per), Math.round(max / per), total.unit)})`;
      problems.push(at(path, ['duration'], `says "${data.duration}", but its steps add up to ${weeks}${inUnit}; change the total or the steps' durations so they agree`));
    }
  }
  return problems;
}

/**
 * Every published role is recommended by at least one answer of the role finder. A company role
 * (`companyRoles`) no answer recommends is a note, on the role's own file.
 */
export function finderProblems(roles: readonly ParsedEntry[], finders: readonly ParsedEntry[], companyRoles: ReadonlySet<string> = new Set()): { problems: Problem[]; notes: Problem[] } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  for (const finder of finders) {
    const reached = new Set((finder.data as unknown as Finder).questions.flatMap((q) => q.answers.flatMap((a) => (a.recommend ?? []).map((r) => r.role))));
    for (const role of roles) {
      if (!reached.has(role.entry.id) && companyRoles.has(role.entry.id)) {
        notes.push(at(role, ['title'], `no answer of the role finder recommends the company role, so the finder never suggests it; to change that, write ${besideRole(role, 'finder', finder.entry.file)} with merge: true and the whole questions list, the role in an answer's recommend`));
      } else if (!reached.has(role.entry.id)) {
        problems.push(at(finder, ['questions'], `no answer recommends the role "${role.entry.id}" (${role.entry.file}), so a reader can never reach it; add it to the recommend list of an answer that fits it`));
      }
    }
  }
  return { problems, notes };
}

/** The file in the company role's own folder that would merge into `below` (a handbook file of `folder`). */
const besideRole = (role: ParsedEntry, folder: string, below: string) => join(dirname(dirname(role.entry.file)), folder, basename(below));

/** The heading of the team model section that lists, group by group, who sits where. */
export const WHO_SITS_WHERE = 'Who sits where';

/**
 * A role's place in a team model agrees with the model page. A model that names its groups
 * (`groups`) needs each role placed in it to name one; the page's "Who sits where" list, one
 * item per group opening with the group's label in bold, may link a role only under its group.
 */
export function placementProblems(roles: readonly ParsedEntry[], models: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(models.map((m) => [m.entry.id, m]));
  // A link to a role that is not published (unknown, a draft, or hidden by a company folder) is the body link check's to judge.
  const published = new Set(roles.map((r) => r.entry.id));
  const groupOf = new Map<string, { role: ParsedEntry; index: number; group?: string }>();
  for (const role of roles) {
    (role.data as unknown as Role).teamModels.forEach((placement, i) => {
      const model = byId.get(placement.model);
      if (!model) return;
      groupOf.set(`${placement.model}/${role.entry.id}`, { role, index: i, ...(placement.group ? { group: placement.group } : {}) });
      const groups = (model.data as unknown as TeamModel).groups;
      if (groups.length === 0) {
        if (placement.group) problems.push(at(role, ['teamModels', i, 'group'], `"${placement.group}": ${model.entry.file} names no groups; remove group, or add groups to the model`));
        return;
      }
      const ids = groups.map((g) => g.id);
      if (!placement.group) problems.push(at(role, ['teamModels', i, 'group'], `is required for the ${placement.model} model, which names its groups: ${ids.join(', ')}`));
      else if (!ids.includes(placement.group)) problems.push(at(role, ['teamModels', i, 'group'], `"${placement.group}" is not a group of the ${placement.model} model; accepted: ${ids.join(', ')}`));
    });
  }
  for (const model of models) {
    const groups = (model.data as unknown as TeamModel).groups;
    if (groups.length === 0) continue;
    let inList = false;
    model.entry.body.split('\n').forEach((text, i) => {
      const heading = /^(#{2,6})\s+(.+?)\s*$/.exec(text);
      if (heading) inList = heading[2]!.toLowerCase() === WHO_SITS_WHERE.toLowerCase();
      const item = inList && /^\s*[-*]\s+\*\*(.+?):?\*\*:?/.exec(text);
      if (!item) return;
      const label = item[1]!.replace(/:$/, '').trim();
      const group = groups.find((g) => g.label.toLowerCase() === label.toLowerCase());
      for (const link of text.matchAll(/\]\(\/roles\/([a-z0-9-]+)\/(?:#[^)]*)?\)/g)) {
        const roleId = link[1]!;
        const placed = groupOf.get(`${model.entry.id}/${roleId}`);
        const where = { file: model.entry.file, line: i + 1, field: 'body' };
        if (!group) {
          problems.push({ ...where, message: `the "${label}" list links the role "${roleId}", but "${label}" is not one of the model's groups (${groups.map((g) => g.label).join('; ')}); use a group's label` });
        } else if (!placed && published.has(roleId)) {
          problems.push({ ...where, message: `lists the role "${roleId}" under "${group.label}", but content/roles/${roleId} gives no place in the ${model.entry.id} model; add it to its teamModels` });
        } else if (placed?.group && placed.group !== group.id && groups.some((g) => g.id === placed.group)) {
          const theirs = groups.find((g) => g.id === placed.group)?.label ?? placed.group;
          problems.push({
            ...where,
            message: `lists the role "${roleId}" under "${group.label}", but ${placed.role.entry.file}:${placed.role.entry.lineOf(['teamModels', placed.index, 'group'])} places it in "${theirs}"; make the two agree`,
          });
        }
      }
    });
  }
  return problems;
}

/** The team sizes models give, taken together, leave no number of AI engineers between them uncovered. */
export function teamSizeProblems(models: readonly ParsedEntry[]): Problem[] {
  const sized = models
    .map((m) => ({ model: m, size: (m.data as unknown as TeamModel).teamSize }))
    .filter((s): s is { model: ParsedEntry; size: TeamSize } => s.size !== undefined)
    .map((s) => ({ ...s, from: s.size.min ?? 1, to: s.size.max ?? Infinity }))
    .sort((a, b) => a.from - b.from);
  const problems: Problem[] = [];
  let covered = sized[0] ? sized[0].to : 0;
  let last = sized[0];
  for (const next of sized.slice(1)) {
    if (next.from > covered + 1) {
      const gap = next.from - 1 === covered + 1 ? `${covered + 1}` : `${covered + 1} to ${next.from - 1}`;
      problems.push(
        at(next.model, ['teamSize', 'min'], `starts at ${next.from} AI engineers, but ${last!.model.entry.file} stops at ${covered}; no team model covers ${gap}, so the planner has nothing to suggest for that size. Widen one of the two ranges`),
      );
    }
    if (next.to > covered) {
      covered = next.to;
      last = next;
    }
  }
  return problems;
}
