import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../lib/browser.ts';
import { serve } from '../lib/static-server.ts';

/** How fast the reader the bench stands for types: a key every 120 ms. */
const KEY_DELAY_MS = 120;

/**
 * What a reader's first search costs: loads a role page in Chromium, types a query into the
 * header search at a reader's pace, and sums the gzip size of every file fetched from that
 * moment on (the search module, Pagefind, its WebAssembly, and the index chunks and fragments of
 * every search run as the results follow the typing).
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
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
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

/**
 * How long a reader on a phone waits for the first results: Chromium throttled the way
 * Lighthouse's mobile profile is (4× CPU slowdown, 150 ms round trip, 1.6 Mbps down), on a
 * phone-sized screen, opening search from the header and typing the query at 120 ms a key. The
 * figure is the time from the last key to the first result on screen, in milliseconds. The
 * server sends files as they are (a production host would gzip the JavaScript besides).
 */
export async function measureSearchLatency(dir: string, base: string, path: string, query: string): Promise<number> {
  const server = await serve(dir, base);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href);
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.tap('.search-open');
    for (const key of query.slice(0, -1)) {
      await page.keyboard.type(key);
      await page.waitForTimeout(KEY_DELAY_MS);
    }
    // Timed in the page: from the last key's press to the results for the whole query drawn
    // (results for the letters typed before it may already show).
    const waited = page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const done = () =>
            (document.querySelector('#site-search-panel [data-search-summary]')?.textContent ?? '').includes(`“${q}”`) && document.querySelector('#site-search-panel .result');
          const check = () => (done() ? resolve(performance.now() - start) : requestAnimationFrame(check));
          check();
        }),
      query,
    );
    await page.keyboard.type(query.slice(-1));
    return Math.round(await waited);
  } finally {
    await browser.close();
    await server.close();
  }
}
