/**
 * The role data people build on: JSON records and job-description starters. Field names here
 * are a public interface, documented in the README; add fields, never rename or remove one.
 */
import type { Role } from '../schemas/role.ts';
import type { LevelView, RoleView } from './role-view.ts';

/** Bumped only if a field changes meaning; new fields do not bump it. */
export const EXPORT_VERSION = 1;

/** One published role as exported: its frontmatter fields plus its id and addresses. */
export function roleRecord(id: string, role: Role, urls: { page: string; json: string; jobDescription: string }) {
  const { draft: _draft, ...fields } = role;
  return { id, url: urls.page, jsonUrl: urls.json, jobDescriptionUrl: urls.jobDescription, ...fields };
}

/** Markdown that escapes nothing it does not need to: list items and lines of plain text. */
const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/**
 * A job-description starter for a role, in Markdown, built from its frontmatter: summary,
 * responsibilities, skills, signals and what the role is not. Meant to be edited, not pasted as is.
 */
export function jobDescription(role: RoleView, options: { url: string; siteName: string }, level?: LevelView): string {
  const url = level ? `${options.url}#${level.anchor}` : options.url;
  const sections: string[] = [
    `# ${level?.title ?? role.title}`,
    `> A starter from ${options.siteName}, built from the ${level ? `${level.step.toLowerCase()} level of the role` : "role's definition"} at ${url} (last reviewed ${role.lastReviewed}). Adapt it to your team before use.`,
    '## About the role',
    role.summary,
  ];
  if (role.aliases.length) sections.push(`Also known as: ${role.aliases.join(', ')}.`);
  if (level) {
    sections.push(
      '## The level',
      list([`Scope: ${level.scope}`, `Autonomy: ${level.autonomy}`, `Impact: ${level.impact}`, ...(level.experience ? [`Experience: ${level.experience}`] : [])]),
      '## What this level adds',
      level.change,
    );
  }
  sections.push('## What you would do', list(role.responsibilities));
  sections.push('## Skills we look for', list(role.skills));
  if (role.tools.length) sections.push('## Tools', list(role.tools));
  if (role.doesNot.length) {
    sections.push(
      '## What this role is not',
      list(role.doesNot.map((d) => (d.owner ? `${d.task} (the ${d.owner.title}'s work)` : d.task))),
    );
  }
  sections.push('## How we will recognise a strong candidate', list(level ? [...level.signals, ...role.signals] : role.signals));
  sections.push('## Reference', `${level ? 'Level' : 'Role'} definition: ${url}`);
  return `${sections.join('\n\n')}\n`;
}
