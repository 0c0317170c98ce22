/** The handbook's top-level sections, shown in the header of every page. Fixed in size. */
export const SECTIONS = [
  { path: '/roles/', label: 'Roles' },
  { path: '/team-models/', label: 'Team models' },
  { path: '/hiring-stages/', label: 'Hiring stages' },
  { path: '/paths/', label: 'Learning paths' },
  { path: '/guides/', label: 'Guides' },
  { path: '/glossary/', label: 'Glossary' },
  { path: '/tools/', label: 'Tools' },
] as const;
