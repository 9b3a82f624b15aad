/** Reading the search page in tests: its live region's announcement and its results' titles. */
import type { Page } from 'playwright-core';

/** Waits until the live region announces a result count matching `pattern`; returns it. */
export async function announced(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector('.search-app__status')?.textContent ?? ''),
    [pattern.source, pattern.flags] as const,
  );
  return (await page.locator('.search-app__status').textContent()) ?? '';
}

/** The titles of the results drawn so far. */
export const resultTitles = (page: Page): Promise<string[]> =>
  page.locator('.search-result__title a').allTextContents();
