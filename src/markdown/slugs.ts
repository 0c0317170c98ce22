/**
 * Heading ids, made one way for the whole site: by github-slugger, as GitHub and most Markdown
 * tools make them, so `## When to hire` is `#when-to-hire` wherever it is written. The heading
 * plugin, the content check and the pages all take their ids from here.
 */
import GithubSlugger from 'github-slugger';

/**
 * A slugger for one page: repeated headings on it get `-1`, `-2` and so on, in order. Markdown
 * numbers its headings with one of these, and the content check predicts those ids with another.
 */
export const headingSlugger = (): { slug: (text: string) => string } => new GithubSlugger();

/** The id of a single piece of text, with no page to number repeats on (a learning-path step's key, say). */
export const slugOf = (text: string): string => new GithubSlugger().slug(text);

/**
 * The link beside a section heading, as both Markdown headings and `Heading.astro` write it: its
 * accessible name says where it goes, and its visible `#` is drawn by the style sheet, so neither
 * is page text for search to index. A press copies the section's address (src/client/actions.ts).
 */
export function headingLink(id: string, text: string) {
  return { href: `#${id}`, 'data-action': 'copy-link', 'aria-label': `Link to section: ${text}` } as const;
}
