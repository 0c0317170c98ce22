import type { Page } from 'playwright-core';

/** Starts counting layout shifts not caused by input; call before the page loads. */
export async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The cumulative layout shift counted so far. */
export const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { shift: number }).shift);
