import { chromium, type Browser } from 'playwright-core';
import { findBinary } from './find-binary.ts';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Finds a Chromium to drive: `CHROMIUM_PATH`, then the usual system locations. Never skips. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, exists?: (p: string) => boolean): string {
  return findBinary(
    {
      envVar: 'CHROMIUM_PATH',
      candidates: CANDIDATES,
      help: 'The browser tests need Chromium or Google Chrome, and none was found. Install one (on Debian or Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium binary.',
    },
    env,
    exists,
  );
}

/** Launches headless Chromium with no background traffic, so every request a test sees comes from the page. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
