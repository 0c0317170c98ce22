import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serveWithNginx } from '../../scripts/lib/nginx.ts';
import { SITE_DIR, TEST_BASE } from './paths.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

/**
 * For a browser suite: the built handbook served by nginx under /handbook/, and a Chromium,
 * started before the suite's tests and stopped after them.
 */
export function servedSite(dir = SITE_DIR): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveWithNginx(dir, TEST_BASE);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
