/**
 * Under `npm run build` (scripts/build.ts), the steps that read the whole output and need nothing
 * Astro holds run once Astro has exited, so their memory never adds to Astro's: the Markdown
 * twins, the link check (which reads the twins) and the search index. The launcher starts Astro
 * with an IPC channel and HANDBOOK_AFTER_EXIT=1; the search index's hook, the build's last, sends
 * it what those steps need. Run any other way (`astro build` itself), each integration does its
 * step in its own hook, so every build command produces the whole site. This module is kept apart
 * from those steps' code, which the launcher loads only once Astro has exited.
 */

/** What the build tells `npm run build` about the site it wrote. */
export interface BuiltSiteMessage {
  type: 'handbook:built';
  outDir: string;
  /** The site's base path, which its internal links carry. */
  base: string;
  /** The handbook's name, which ends every Markdown twin. */
  siteName: string;
}

export const isBuiltSiteMessage = (message: unknown): message is BuiltSiteMessage =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'handbook:built' && typeof (message as { outDir?: unknown }).outDir === 'string';

/** The variable the launcher sets for Astro. */
export const AFTER_EXIT_ENV = 'HANDBOOK_AFTER_EXIT';

/** Whether this build leaves the twins, the link check and the index to the launcher. */
export const stepsAfterExit = (): boolean => process.env[AFTER_EXIT_ENV] === '1' && typeof process.send === 'function';
