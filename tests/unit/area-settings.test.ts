/**
 * The area's settings (area/area.config.ts) that every page uses: its colours keep WCAG AA contrast
 * wherever the stylesheets put text on them, and its local crisis lines pass their schema. Runs on
 * whichever area this copy serves (Birmingham here, Fixton in `npm run build:fixture`'s copy).
 */
import { describe, expect, it } from 'vitest';
import { area } from '../../src/area.ts';
import { checkedCrisisLines, getCrisisLines } from '../../src/lib/safety/crisis-lines.ts';
import { contrastRatio, styleHash, themeCss } from '../../src/lib/theme.ts';
import type { AreaColours } from '../../src/schemas/area.ts';

/** Colours of src/styles/global.css that the area's colours meet. */
const white = '#ffffff';
const pageBackground = '#fffdf8';
const bodyText = '#1d1d1f';

/** Where the stylesheets put text on, or in, the area's colours. */
function contrastPairs(colours: AreaColours): [string, string, string][] {
  return [
    ['white text on brand (buttons, headers, current page)', white, colours.brand],
    ['white text on brandDark (hover, language menu)', white, colours.brandDark],
    ['brand text on the page background (kickers, secondary buttons)', colours.brand, pageBackground],
    ['body text on accent (notices, quick exit)', bodyText, colours.accent],
  ];
}

describe.each([
  ['the Local Offer', area.colours],
  ['the young people’s section and site', area.youngSite.colours],
])('the colours of %s', (_name, colours) => {
  it.each(contrastPairs(colours))('%s reaches 4.5:1 (WCAG AA)', (_pair, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the theme', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('sets the area’s colours as custom properties, and refuses anything but #rrggbb', () => {
    const css = themeCss();
    expect(css).toBe(
      `:root:root{--colour-brand:${area.colours.brand};--colour-brand-dark:${area.colours.brandDark};--colour-accent:${area.colours.accent}}`,
    );
    expect(themeCss(true)).toContain(`.young.young{--colour-brand:${area.youngSite.colours.brand};`);
    expect(styleHash(css)).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    expect(() => themeCss(false, { ...area.colours, accent: 'red;}body{display:none' })).toThrow(/not #rrggbb/);
  });
});

describe('local crisis lines', () => {
  it('pass their schema (src/schemas/crisis-lines.ts), in order', () => {
    const lines = getCrisisLines();
    expect(lines).toHaveLength(area.crisisLines.length);
    const orders = lines.map((line) => line.order ?? 999);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('stop the build with the setting named when a line is wrong', () => {
    const line = {
      name: 'Example line',
      summary: 'Who it is for, in one sentence.',
      contact: { phone: 'ring us' },
      hours: '24 hours',
      assuredDate: '2026-01-01',
      assurerRole: 'Tester',
      source: 'https://example.org/line',
    };
    expect(() => checkedCrisisLines([line])).toThrow(/crisisLines\.0\.contact\.phone/);
    expect(() => checkedCrisisLines([{ ...line, contact: {} }])).toThrow(/phone number or a website/);
  });
});
