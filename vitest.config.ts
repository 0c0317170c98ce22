import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// A browser test and the nginx and Chromium it drives use about two cores; a build, as many.
// On two cores, files side by side took longer in all (132 s against 113 s), so they run side
// by side only where there are cores for it.
const siteWorkers = Math.max(1, Math.floor(availableParallelism() / 2));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // Pure tests: no build, no browser, no server. `npm run test:unit` runs these alone.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the sites these tests read and serve, once for the whole run.
          globalSetup: ['tests/support/build-sites.ts'],
          // Files that build take turns through a lock (tests/support/build-lock.ts): Astro keeps
          // per-checkout state that two builds would share.
          fileParallelism: siteWorkers > 1,
          maxWorkers: siteWorkers,
          // Tests marked concurrent (a page type each, in a browser) run two at a time.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser on a busy 2-core machine can take more than poll's default second to load
          // search and answer; the state polled for must still arrive, within ten.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
