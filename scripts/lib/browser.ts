import { chromium, type Browser } from 'playwright-core';
import { findBinary, type Binary } from './find-binary.ts';

/** Chromium, as the browser tests find it: `CHROMIUM_PATH`, then the usual system locations. */
export const CHROMIUM: Binary = {
  envVar: 'CHROMIUM_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  help: 'The browser tests need Chromium or Google Chrome, and none was found. Install one (on Debian or Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium binary.',
};

/** Finds a Chromium to drive (see CHROMIUM). Never skips. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, exists?: (p: string) => boolean): string {
  return findBinary(CHROMIUM, env, exists);
}

/** Launches headless Chromium with no background traffic, so every request a test sees comes from the page. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
