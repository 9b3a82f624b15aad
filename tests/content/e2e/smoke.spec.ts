import { describe, expect, it } from 'vitest';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';

const site = useSite();

describe('service page in a real browser', () => {
  it('shows Kooth and has no WCAG 2.2 A/AA violations', async () => {
    const page = await site.page('/services/kooth/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kooth');
    expect(await axeViolations(page)).toEqual([]);
  });
});
