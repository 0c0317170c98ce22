/**
 * `npm run check:content`: validates everything under the content root without building,
 * printing one `file:line field: message` line per problem. Exits 1 if there is any.
 */
import { contentRoot, overlayFolders } from '../src/content-root.ts';
import { checkContentAt } from '../src/build/content-check/check.ts';

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
