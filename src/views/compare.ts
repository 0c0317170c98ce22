/** What the compare tool needs of one role: its view model, references already resolved. */
import type { RoleView } from './role-view.ts';
import { BASIS_LABELS } from './format.ts';


/** The record `/compare/roles/<id>.json` serves: everything a comparison column shows. */
export function compareRecord(role: RoleView) {
  return {
    id: role.id,
    title: role.title,
    href: role.href,
    summary: role.summary,
    family: role.family,
    focus: role.focus,
    depth: role.depth,
    stage: role.stage,
    responsibilities: role.responsibilities,
    doesNot: role.doesNot,
    skills: role.skills,
    terms: role.terms,
    teamModels: role.teamModels,
    compensation: role.compensation.map((c) => ({ ...c, basis: BASIS_LABELS[c.basis].toLowerCase() })),
  };
}

export type CompareRecord = ReturnType<typeof compareRecord>;
