import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, mainText, page, requireBuild } from '../../build/helpers.ts';

beforeAll(requireBuild);

describe('built pages', () => {
  it('has a home page with a skip link, landmarks and a search form', () => {
    const html = page('/');
    expect(html).toContain('<html lang="en-GB"');
    expect(html).toMatch(/<a class="skip-link" href="#main-content"/);
    expect(html).toMatch(/<main id="main-content"/);
    expect(html).toMatch(/<header/);
    expect(html).toMatch(/<footer/);
    expect(html).toMatch(/<form[^>]+role="search"[^>]+action="\/search\/"/);
  });

  it('lists services in the directory, 20 to a page', () => {
    const text = allPages()
      .filter((file) => /^services\/all\/(\d+\/)?index\.html$/.test(file.split('\\').join('/')))
      .map((file) => mainText(page(`/${file.replace(/index\.html$/, '')}`)))
      .join(' ');
    expect(text).toContain('Kooth');
    expect(text).toContain('Community Autism Support Service');
  });

  it('shows every essential field of Kooth on its page', () => {
    const html = page('/services/kooth/');
    const text = mainText(html);
    expect(text).toContain('11 to 25 years');
    expect(text).toContain('Cost Free');
    expect(text).toContain('Sign up yourself on the Kooth website');
    expect(text).toContain('Sign up online yourself');
    expect(text).toContain('You can use this service without giving your name');
    expect(text).toMatch(/Last checked 9 February 2021 by Seed import/);
    expect(text).toContain("Source Our City: Investing in Children & Family Services, business case refresh, Birmingham Children's Partnership, 2021");
    expect(html).toContain('href="https://www.kooth.com"');
  });

  it('says plainly when contact details are not confirmed', () => {
    const text = mainText(page('/services/community-autism-support-service/'));
    expect(text).toContain('Contact details for this service are not confirmed yet');
    expect(text).toContain('Planned');
  });
});
