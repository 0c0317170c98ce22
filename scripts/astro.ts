/**
 * `node scripts/astro.ts <command> [options]`: Astro's own command line (`dev`, `preview`,
 * `check`, ...) as the npm scripts run it; see scripts/lib/astro.ts.
 */
import { runAstro } from './lib/astro.ts';

process.exitCode = await runAstro(process.argv.slice(2));
