/**
 * `npm run check:content`: validates everything under the content root without building,
 * printing one `file:line field: message` line per problem. Exits 1 if there is any. It layers
 * the same company folders as the build: `HANDBOOK_OVERLAY`, else `overlays` in the settings.
 */
import { contentRoot, overlayFolders } from '../src/content-root.ts';
import { checkContentAt } from '../src/build/content-check/check.ts';
import { loadConfig } from '../src/build/site-config.ts';

// The settings name company folders too (overlays), as they do for the build.
try {
  await loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const started = performance.now();
const root = contentRoot();
const overlays = overlayFolders();
const { entries, problems, notes } = checkContentAt(root, overlays);
// References to entries a company folder hid: information, not problems.
for (const note of notes) console.log(`note: ${note}`);
for (const problem of problems) console.error(problem);
const ms = Math.round(performance.now() - started);
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${entries.length} files under ${root} (${ms} ms)`);
  process.exit(1);
}
console.log(`${entries.length} files under ${[root, ...overlays].join(' + ')}: no problems (${ms} ms)`);
