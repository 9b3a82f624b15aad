/** Keyboard use: a service reached from home without a mouse, the skip link, and focus always visible. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';
import { allPages, requireBuild } from '../build/helpers.ts';
import { samplePages, urlPathOf } from '../page-types.ts';

requireBuild();
const site = useSite();
const serviceSample = samplePages(allPages()).find((sample) => sample.type.name === 'service');
if (serviceSample?.file === undefined) throw new Error('No service page was built.');
const servicePath = urlPathOf(serviceSample.file);
/** Every service page's path: the journey may end at any of them. */
const servicePaths = new Set(serviceSample.files.map(urlPathOf));

/** What the focused element is: its tag, name and the path of a link. */
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: element instanceof HTMLAnchorElement ? new URL(element.href).pathname : undefined,
    };
  });

/** Presses Tab until the focused element passes `found`, at most `limit` times. */
async function tabTo(page: Page, found: (element: Awaited<ReturnType<typeof activeElement>>) => boolean, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const element = await activeElement(page);
    if (found(element)) return element;
  }
  throw new Error(`Nothing matching was reached in ${String(limit)} presses of Tab`);
}

describe('keyboard journeys', () => {
  it('reaches a service from the home page with Tab and Enter only', async () => {
    const page = await site.page('/');
    const here = () => new URL(page.url()).pathname;
    // Home -> the directory, by the first link to it (menu, button or tile).
    await tabTo(page, (element) => element.href === '/services/');
    await Promise.all([page.waitForURL('**/services/'), page.keyboard.press('Enter')]);
    // The directory -> a service, or first to a list of services (all listings, a topic) and then a service.
    for (let hop = 0; hop < 2 && !servicePaths.has(here()); hop += 1) {
      const from = here();
      const target = await tabTo(
        page,
        (element) =>
          element.href !== undefined &&
          (servicePaths.has(element.href) ||
            (hop === 0 && element.href !== from && /^\/services\/.+\/$/.test(element.href))),
        400,
      );
      await Promise.all([page.waitForURL(`**${String(target.href)}`), page.keyboard.press('Enter')]);
    }
    expect(servicePaths.has(here()), `ended at ${here()}, not at a service`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  });

  it('moves focus to the main content with the skip link, the first thing Tab reaches', async () => {
    const page = await site.page('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    // The next Tab goes on from the main content, not back to the header.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false),
    ).resolves.toBe(true);
  });

  it('shows a visible focus indicator on every element Tab reaches on a service page', async () => {
    const page = await site.page(servicePath);
    const { reached, problems } = await focusProblems(page);
    expect(reached).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('would notice a missing focus style (a check of the check above)', async () => {
    // The site's Content Security Policy rightly blocks the injected style: bypass it for this check.
    const page = await site.page(servicePath, { bypassCSP: true });
    await page.addStyleTag({
      content:
        '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; background: transparent !important; }',
    });
    const { problems } = await focusProblems(page);
    expect(problems.length).toBeGreaterThan(5);
  });
});

/**
 * Tabs through the whole page; for each element reached, compares its focused style
 * (outline, box-shadow, background) with its style once blurred. A change that is
 * not "none" counts as a visible indicator.
 */
async function focusProblems(page: Page): Promise<{ reached: number; problems: string[] }> {
  const styleOfActive = (blur: boolean) =>
    page.evaluate((blurFirst) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const label = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      const path: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        path.unshift(
          `${node.tagName}:${String(node.parentElement ? [...node.parentElement.children].indexOf(node) : 0)}`,
        );
      }
      if (blurFirst) element.blur();
      const css = getComputedStyle(element);
      const style = {
        outline:
          css.outlineStyle === 'none' || css.outlineWidth === '0px'
            ? 'none'
            : `${css.outlineStyle} ${css.outlineWidth} ${css.outlineColor}`,
        boxShadow: css.boxShadow,
        background: css.backgroundColor,
      };
      // Focus it again, so the next Tab carries on from here.
      if (blurFirst) element.focus({ focusVisible: true } as FocusOptions);
      return { label, key: path.join('/'), style };
    }, blur);

  const problems: string[] = [];
  const seen = new Set<string>();
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await styleOfActive(false);
    if (focused === undefined || seen.has(focused.key)) break; // Tab has left the page or wrapped round.
    seen.add(focused.key);
    const before = (await styleOfActive(true))?.style;
    const after = focused.style;
    const visible = after.outline !== 'none' || after.boxShadow !== 'none' || after.background !== before?.background;
    const changed =
      before === undefined ||
      after.outline !== before.outline ||
      after.boxShadow !== before.boxShadow ||
      after.background !== before.background;
    if (!visible || !changed) problems.push(`${focused.label}: no visible change on focus`);
  }
  return { reached: seen.size, problems };
}
