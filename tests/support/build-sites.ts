import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { astroBuildAsync } from './astro-build.ts';
import { FIXTURE_CONFIG, FIXTURE_CONTENT, FIXTURE_DIR, LAYERED_CONFIG, LAYERED_DIR, ROOT, SITE_DIR, TEST_BASE } from './paths.ts';

/**
 * Builds the handbook's own content, the fixture content with a company's settings, and the
 * handbook's content with the example company folders on top, under `/handbook`, once for the
 * whole run, so `npm test` needs no build step of its own. One after
 * the other: two builds in one checkout share Astro's `.astro/` state (see build-lock.ts).
 * `HANDBOOK_TEST_REUSE_BUILD=1` reuses earlier output while working on tests alone.
 */
export default async function setup() {
  // The handbook is built by `npm run build`, which indexes it once Astro has exited; the fixture
  // by `astro build` alone, which indexes it in its own last hook. Both must make the whole site.
  const sites = [
    [resolve(ROOT, 'content'), SITE_DIR, undefined, 'npm run build', {}],
    [FIXTURE_CONTENT, FIXTURE_DIR, FIXTURE_CONFIG, 'astro build', {}],
    [resolve(ROOT, 'content'), LAYERED_DIR, LAYERED_CONFIG, 'npm run build', {}],
  ] as const;
  for (const [contentDir, outDir, config, command, env] of sites) {
    if (process.env.HANDBOOK_TEST_REUSE_BUILD === '1' && existsSync(resolve(outDir, 'index.html'))) continue;
    rmSync(outDir, { recursive: true, force: true });
    const result = await astroBuildAsync({ command, contentDir, outDir, base: TEST_BASE, env, ...(config ? { config } : {}) });
    // Kept beside the site, for tests of what the build said.
    writeFileSync(`${outDir}.log`, result.output);
    if (result.status !== 0) {
      throw new Error(`Building ${contentDir} for the tests failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
    }
  }
}
