/**
 * The area's colours (area/area.config.ts, `colours` and `youngSite.colours`) as CSS custom
 * properties, written into every page's head by src/layouts/BaseLayout.astro. The stylesheets
 * (src/styles/) only read `var(--colour-brand)` and its neighbours. The Content Security Policy
 * allows this one inline style by its hash (BaseLayout adds it to the page's policy).
 */
import { createHash } from 'node:crypto';
import { area } from '../area.ts';
import type { AreaColours } from '../schemas/area.ts';

const hexColour = /^#[0-9a-f]{6}$/i;

/**
 * The CSS of the area's colours for one page: the Local Offer's on `:root`, or on a page of the young
 * people's section or site (`<body class="young">`) the young colours on the body, and only those, to
 * keep each page's CSS small. The doubled selectors outrank the stylesheets' defaults wherever they load.
 */
export function themeCss(young = false, colours: AreaColours = young ? area.youngSite.colours : area.colours): string {
  const properties = (set: AreaColours) => {
    for (const [name, value] of Object.entries(set)) {
      if (!hexColour.test(value)) throw new Error(`area/area.config.ts: colour ${name} "${value}" is not #rrggbb`);
    }
    return `--colour-brand:${set.brand};--colour-brand-dark:${set.brandDark};--colour-accent:${set.accent}`;
  };
  return young ? `.young.young{${properties(colours)}}` : `:root:root{${properties(colours)}}`;
}

const styleHashes = new Map<string, `sha256-${string}`>();

/** The CSP hash of a style element's text, as Astro's policy writes hashes (each text hashed once: every page has one). */
export function styleHash(css: string): `sha256-${string}` {
  let hash = styleHashes.get(css);
  if (!hash) {
    hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    styleHashes.set(css, hash);
  }
  return hash;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
