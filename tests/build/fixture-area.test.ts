/**
 * The site built for another area (the Fixton test area, in dist-fixture/): every
 * locality, listing, grant and article of that area has its page, the area's own names
 * and data files are used, and nothing of the bundled area leaks in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area as bundledArea } from '../../src/area.ts';
import { fixtureArea, fixtureContentDir } from '../support/fixture-area.ts';
import { allPages, distDir, page } from './helpers.ts';

const idsIn = (collection: string) =>
  readdirSync(join(fixtureContentDir, collection))
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.replace(/\.md$/, ''));

describe(`the site built for ${fixtureArea.name} (${distDir}/)`, () => {
  it('is the fixture build', () => {
    expect(page('/')).toContain(fixtureArea.siteName);
  });

  it.each(fixtureArea.localities.map((locality) => [locality.label, locality.value] as const))(
    'has a page for the locality %s, with its map',
    (label, value) => {
      expect(page(`/localities/${value}/`)).toContain(label);
      expect(existsSync(join(distDir, 'localities', value, 'map.svg'))).toBe(true);
    },
  );

  it.each([
    ...idsIn('services').map((id) => `/services/${id}/`),
    ...idsIn('grants').map((id) => `/grants/${id}/`),
    ...idsIn('organisations').map((id) => `/organisations/${id}/`),
    ...idsIn('articles').map((id) => `/young-people/articles/${id}/`),
  ])('builds %s', (path) => {
    expect(page(path)).toMatch(/<h1[^>]*>/);
  });

  it("publishes the area's boundary, postcode and notes files under /data/", () => {
    const { boundaries, postcodeDistricts, notes, postcodes } = fixtureArea.files;
    for (const file of [boundaries, postcodeDistricts, notes]) {
      expect(existsSync(join(distDir, 'data', file)), file).toBe(true);
    }
    // The full-postcode lookup is for the import only.
    expect(existsSync(join(distDir, 'data', postcodes))).toBe(false);
    const geojson = JSON.parse(readFileSync(join(distDir, 'data', boundaries), 'utf8')) as {
      features: { properties: { slug: string } }[];
    };
    expect(geojson.features.map((feature) => feature.properties.slug)).toEqual(
      fixtureArea.localities.map((locality) => locality.value),
    );
    expect(page('/map/')).toContain(fixtureArea.attribution);
  });

  it('names no place of the bundled area on any page', () => {
    const bundledNames = [bundledArea.name, ...bundledArea.localities.map((locality) => locality.label)];
    const leaks = allPages().flatMap((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return bundledNames.filter((name) => html.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(leaks).toEqual([]);
  });

  it("shows the area's own local crisis lines in every urgent help block", () => {
    expect(fixtureArea.crisisLines.length).toBeGreaterThan(0);
    for (const line of fixtureArea.crisisLines) {
      const html = page('/urgent-help/');
      expect(html).toContain(line.name);
      expect(html).toContain(`href="tel:${String(line.contact.phone).replaceAll(' ', '')}"`);
      expect(page('/mental-health/')).toContain(line.name);
    }
  });

  it("draws every page in the area's own colours (CSS custom properties), the young section in its own", () => {
    const properties = ({ brand, brandDark, accent }: Record<'brand' | 'brandDark' | 'accent', string>) =>
      `{--colour-brand:${brand};--colour-brand-dark:${brandDark};--colour-accent:${accent}}`;
    const { brand } = fixtureArea.colours;
    // The CMS admins are Decap's app, styled by it (src/layouts/AdminLayout.astro).
    const missing = allPages().filter((file) => {
      if (/^(admin|young-editors)\//.test(file)) return false;
      const html = readFileSync(join(distDir, file), 'utf8');
      const theme = html.includes('<body class="young"')
        ? `.young.young${properties(fixtureArea.youngSite.colours)}`
        : `:root:root${properties(fixtureArea.colours)}`;
      return html.includes('<head>') && !html.includes(`<style>${theme}`);
    });
    expect(missing).toEqual([]);
    expect(page('/')).toContain(`<meta name="theme-color" content="${brand}">`);
    expect(page('/young-people/')).toContain(
      `<meta name="theme-color" content="${fixtureArea.youngSite.colours.brand}">`,
    );
  });

  it('publishes no confidential address', () => {
    const leaks = allPages().filter((file) => readFileSync(join(distDir, file), 'utf8').includes('Hidden Row'));
    expect(leaks).toEqual([]);
  });
});
