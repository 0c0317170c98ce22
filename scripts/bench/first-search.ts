import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../lib/browser.ts';
import { serve } from '../lib/static-server.ts';

/**
 * What a reader's first search costs: loads a role page in Chromium, types a query into the
 * header search, and sums the gzip size of every file fetched from that moment on (the search
 * module, Pagefind, its WebAssembly, and the index chunks and fragments the query needs).
 */
export async function measureFirstSearch(dir: string, base: string, path: string, query: string): Promise<number> {
  const server = await serve(dir, base);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(path, server.url).href);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.click('.search-open');
    await page.keyboard.type(query);
    await page.locator('#site-search-panel .result').first().waitFor();
    await page.waitForLoadState('networkidle');
    const prefix = new URL(server.url).pathname;
    return [...new Set(fetched)]
      .map((u) => decodeURIComponent(new URL(u).pathname))
      .filter((p) => p.startsWith(prefix))
      .reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p.slice(prefix.length))), { level: 6 }).length, 0);
  } finally {
    await browser.close();
    await server.close();
  }
}
