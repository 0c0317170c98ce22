import { defineConfig } from 'vitest/config';

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
          // Two files at a time, one a core. A file that builds takes turns with the others that
          // do (tests/support/build-lock.ts): Astro keeps per-checkout state that two builds would share.
          fileParallelism: true,
          maxWorkers: 2,
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
