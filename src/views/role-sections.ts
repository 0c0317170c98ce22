import { LEVEL_IDS } from '../schemas/role.ts';

/**
 * The sections of every role page, in order. Their ids are public anchors that hiring
 * documents link to (`/roles/ai-engineer/#compensation`): never rename one without a redirect.
 */
export const ROLE_SECTIONS = [
  { id: 'overview', title: 'Overview' },
  { id: 'day-to-day', title: 'Day to day' },
  { id: 'does-not-do', title: 'What it does not do' },
  { id: 'skills-and-tools', title: 'Skills and tools' },
  { id: 'technical-depth', title: 'Technical depth' },
  { id: 'when-to-hire', title: 'When to hire, and where it sits' },
  { id: 'confused-with', title: 'Often confused with' },
  { id: 'levels', title: 'Levels' },
  { id: 'compensation', title: 'Compensation' },
  { id: 'strong-candidates', title: 'Recognising a strong candidate' },
  { id: 'related-roles', title: 'Related roles' },
  { id: 'sources', title: 'Sources' },
] as const;

export type RoleSectionId = (typeof ROLE_SECTIONS)[number]['id'];

/** Sub-section ids inside the generated sections. */
export const ROLE_SUBSECTION_IDS = ['skills', 'tools', 'terms', 'our-pay-bands', 'official-occupation', ...LEVEL_IDS.map((id) => `level-${id}`)] as const;

/** Ids the page chrome uses on every page. */
export const CHROME_IDS = ['top', 'main', 'toc-title', 'site-search-input', 'site-search-panel'] as const;

/** Ids a heading in a role's Markdown body must not take, or two elements would share one. */
export const RESERVED_ROLE_IDS: ReadonlySet<string> = new Set([...ROLE_SECTIONS.map((s) => s.id), ...ROLE_SUBSECTION_IDS, ...CHROME_IDS]);

/** The title of a role page section. */
export const sectionTitle = (id: RoleSectionId) => ROLE_SECTIONS.find((s) => s.id === id)!.title;
