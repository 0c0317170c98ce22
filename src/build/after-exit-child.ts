/**
 * The Markdown twins and the link check of a built site, in a process of their own
 * (after-exit-steps.ts): the memory they took (the twins' worker threads, every page's links)
 * goes back to the system when it ends, before the search index starts. In the launcher's own
 * process it stayed mapped while Pagefind ran beside it (about 320 MB at 1,000 roles).
 */
import { twinsWritten, writeMarkdownTwins } from './markdown-twins/index.ts';
import { checkBuiltLinks, linksChecked } from './site-check/index.ts';
import type { BuiltSiteMessage } from './after-exit.ts';

/** What the child answers: the lines to log and the pages marked for search (the index must hold as many), or why a step failed. */
export type ChildAnswer = { lines: string[]; searchable: number } | { error: string };

/** Sends the answer, and lets the process end once it has gone (an answer sent just before the end could be lost). */
const answer = (message: ChildAnswer) => process.send!(message, () => process.disconnect());

process.once('message', async (built: BuiltSiteMessage) => {
  const lines: string[] = [];
  try {
    let started = performance.now();
    lines.push(twinsWritten(await writeMarkdownTwins(built.outDir, { base: built.base, siteName: built.siteName }), started));
    started = performance.now();
    const searchable = checkBuiltLinks(built.outDir, built.base);
    lines.push(linksChecked(started));
    answer({ lines, searchable });
  } catch (error) {
    answer({ error: [...lines, error instanceof Error ? error.message : String(error)].join('\n') });
  }
});
