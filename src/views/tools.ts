/** The handbook's tools: the pages built on its data rather than written as entries. */
import { COLLECTIONS } from '../collections.ts';
import { TOOL_PATHS } from '../routes.ts';

/** Each tool's path (without the base), name and one sentence on what it answers. */
export const TOOL_PAGES: readonly { path: string; title: string; summary: string }[] = [
  { path: TOOL_PATHS.compare, title: 'Compare roles', summary: 'Two or three roles side by side, with a link you can paste into a hiring document.' },
  { path: TOOL_PATHS.planner, title: 'Plan a team', summary: 'The roles to hire, in order, for your company’s stage and team model.' },
  { path: COLLECTIONS.finder.path, title: 'Which role do I need?', summary: 'A few questions that lead to the role, or two, that fits your need, and the ones that do not.' },
];
