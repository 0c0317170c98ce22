/**
 * The content check, as the build's first step. Before anything renders, every content file is
 * read once and validated against its collection's schema, references, titles and internal
 * links included. Astro alone only logs a broken `reference()` and exits 0, so the build must
 * fail here.
 *
 * A build checks on a worker thread while Astro starts. The content config
 * (src/content.config.ts) imports `virtual:handbook/content-check`, which loads once the check has
 * answered and holds its verdict, so no content loader reads a file before the check has judged
 * it. The checked, schema-parsed entries are what every later build step uses. The authoring
 * server checks at start, reports problems and keeps running, so the author can fix a file and
 * see it reload; with company folders, it checks and layers again on every edit to a layer.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { sep } from 'node:path';
import { contentRoot, loadedRoot, overlayFolders } from '../../content-root.ts';
import { checkContentAt, type CheckedEntry } from './check.ts';
import type { HiddenEntry } from './layers.ts';
import { checkContentOnWorker, checkFailure, type CheckAnswer } from './thread.ts';

/**
 * The notes of a layered check in one message: references to hidden entries, shown as text, and
 * company roles outside the handbook's hire orders and role finder.
 */
const notesMessage = (notes: readonly string[]) => `${notes.length} note${notes.length === 1 ? '' : 's'} on what the company folders changed, none a problem:\n${notes.join('\n')}`;

export const VERDICT_MODULE = 'virtual:handbook/content-check';

export interface ContentCheck {
  integration: AstroIntegration;
  /** The checked entries; rejects with the check's report if the content has problems. */
  entries: () => Promise<CheckedEntry[]>;
  /** The entries company folders hid. */
  hidden: () => Promise<HiddenEntry[]>;
}

export function contentCheck(): ContentCheck {
  let answer: Promise<CheckAnswer> | undefined;
  let failure: Promise<string | undefined> = Promise.resolve(undefined);
  const root = contentRoot();
  const overlays = overlayFolders();
  // With company folders, the check writes the layered content where the loaders read it.
  const writeTo = overlays.length ? loadedRoot() : undefined;
  /** The authoring server's check, on this thread: it reports problems and keeps running. */
  const checkInPlace = (logger: AstroIntegrationLogger) => {
    const checked = checkContentAt(root, overlays, { writeTo });
    if (checked.problems.length) logger.error(`content problems:\n${checked.problems.join('\n')}`);
    if (checked.notes.length) logger.info(notesMessage(checked.notes));
    return checked;
  };
  const integration: AstroIntegration = {
    name: 'handbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'build') {
          answer = checkContentOnWorker(root, overlays, writeTo);
          failure = answer.then((a) => checkFailure(root, a));
          // What the company folders changed: said, never failed on.
          void answer.then((a) => a.notes?.length && logger.info(notesMessage(a.notes)), () => undefined);
        } else {
          answer = Promise.resolve(checkInPlace(logger));
        }
        // A failure surfaces where the build awaits it, not as an unhandled rejection.
        failure.catch(() => undefined);
        const verdict = command === 'build' ? failure : Promise.resolve(undefined);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:content-check',
                resolveId: (id: string) => (id === VERDICT_MODULE ? `\0${id}` : undefined),
                load: async (id: string) => (id === `\0${VERDICT_MODULE}` ? `export default ${JSON.stringify((await verdict) ?? null)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        // The loaders read the layered copy, not the layers, so the authoring server watches the
        // layers itself: an edit to any of their files is checked and layered again, and the
        // loaders run again over the copy, which changed only where the edit did. With problems,
        // the copy stays as it was and the log says what to fix.
        if (!writeTo) return;
        const folders = [root, ...overlays];
        server.watcher.add(folders);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const relayer = async () => {
          const checked = checkInPlace(logger);
          answer = Promise.resolve(checked);
          if (checked.problems.length === 0) await refreshContent?.({});
        };
        server.watcher.on('all', (_event, file) => {
          if (!folders.some((folder) => file === folder || file.startsWith(`${folder}${sep}`))) return;
          clearTimeout(timer);
          timer = setTimeout(() => void relayer().catch((error: Error) => logger.error(error.message)), 100);
        });
      },
      'astro:build:start': async () => {
        // The loaders have waited for it already; this holds even for content no loader reads.
        const message = await failure;
        if (message) throw new Error(message);
      },
    },
  };
  const entries = async () => {
    if (!answer) throw new Error('The content check has not started: its integration runs at astro:config:setup');
    const checked = await answer;
    const message = checkFailure(root, checked);
    if (message) throw new Error(message);
    return checked.entries ?? [];
  };
  const hidden = async () => {
    await entries();
    return (await answer!).hidden ?? [];
  };
  return { integration, entries, hidden };
}
