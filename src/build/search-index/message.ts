/**
 * What the build's last hook tells `npm run build` (scripts/build.ts) over IPC. Kept apart from
 * the index code, so the launcher loads that only once Astro has exited.
 */
/** What the build tells `npm run build` about the site it wrote. */
export interface BuiltSiteMessage {
  type: 'handbook:built';
  outDir: string;
  /** Pages marked for search, as the site check counted them; the index must hold as many. */
  searchable: number | undefined;
}

export const isBuiltSiteMessage = (message: unknown): message is BuiltSiteMessage =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'handbook:built' && typeof (message as { outDir?: unknown }).outDir === 'string';
