/**
 * The "done when" over the built site, driven by whatever is in content/:
 * Early Help teams on locality pages, hubs, Kooth's essentials, grant statuses,
 * and no contact detail that does not come from content or site config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, distDir, mainText, page, requireBuild } from '../../build/helpers.ts';
import { readContentFolder } from '../../../src/lib/content/files.ts';
import { grantSchema, localitySchema, serviceSchema } from '../../../src/schemas/index.ts';
import { grantStatuses, termLabel } from '../../../src/schemas/taxonomy.ts';
import { belongsToHub, browseLinksFor, hubs, type HubTopics } from '../../../src/lib/directory/hubs.ts';
import { sectionLimit, sectionSlack } from '../../../src/lib/directory/section-limits.ts';
import { ageRangeLabel, costLabel } from '../../../src/lib/directory/labels.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { sourceParts } from '../../../src/lib/content/source-links.ts';

beforeAll(requireBuild);

const { files } = readContentFolder('content');
const idOf = (path: string) =>
  path
    .replace(/^.*?content\/[^/]+\//, '')
    .replace(/\.md$/, '')
    .toLowerCase();
const entries = <T>(collection: string, parse: (data: unknown) => T) =>
  files
    .filter((file) => file.collection === collection)
    .map((file) => ({ id: idOf(file.path), data: parse(file.data) }));

const services = entries('services', (data) => serviceSchema.parse(data));
const localities = entries('localities', (data) => localitySchema.parse(data));
const grants = entries('grants', (data) => grantSchema.parse(data));

/** The section of a page between an element with this id and the end of its <section>. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('locality pages', () => {
  it('exist for every locality in content', () => {
    expect(localities.length).toBeGreaterThan(0);
    for (const locality of localities)
      expect(mainText(page(`/localities/${locality.id}/`))).toContain(locality.data.name);
  });

  it.each(localities.map((locality) => [locality.data.name, locality] as const))(
    '%s lists its Early Help team in the Early Help section',
    (_name, locality) => {
      const teams = services.filter(
        (service) =>
          service.data.localities.includes(locality.data.boundaryKey) && /early help team/i.test(service.data.name),
      );
      const byName = services.filter(
        (service) => service.data.name.toLowerCase() === `${locality.data.name} early help team`.toLowerCase(),
      );
      const expected = [...new Set([...teams, ...byName])];
      const panel = section(page(`/localities/${locality.id}/`), 'early-help-heading');
      expect(panel, 'the locality page has an Early Help section').not.toBe('');
      if (expected.length === 0) {
        expect(panel).toContain('is not listed yet');
        return;
      }
      expect(expected.some((team) => panel.includes(`href="/services/${team.id}/"`))).toBe(true);
      expect(expected.some((team) => panel.includes(team.data.name))).toBe(true);
    },
  );
});

describe('hubs', () => {
  it.each(Object.entries(hubs))(
    '%s shows every running service it gathers, or the first ones and where the rest are',
    (path, hub) => {
      const topics: HubTopics = hub;
      const running = services.filter(
        (service) => service.data.status !== 'historic' && belongsToHub(service.data, topics),
      );
      const primaryRule = { categories: topics.categories, pfaPathways: topics.pfaPathways };
      const primary = running.filter((service) => belongsToHub(service.data, primaryRule));
      const secondary = running.filter((service) => !primary.includes(service));
      const sections = [
        { id: 'hub-services', listed: primary, rule: primaryRule },
        { id: 'hub-more-services', listed: secondary, rule: { needs: topics.needs } },
      ];
      for (const { id, listed, rule } of sections) {
        const html = section(page(path), id);
        const text = mainText(`<main>${html}</main>`);
        const shown = listed.filter((service) => html.includes(`href="/services/${service.id}/"`));
        if (listed.length <= sectionLimit + sectionSlack) {
          for (const service of listed) expect(text, `${path} shows ${service.data.name}`).toContain(service.data.name);
        } else {
          expect(shown, `${path} #${id} shows the first ${String(sectionLimit)}`).toHaveLength(sectionLimit);
          expect(text).toContain(`Showing the first ${String(sectionLimit)} of ${String(listed.length)} services.`);
          for (const link of browseLinksFor(rule, services)) expect(html).toContain(`href="${link.href}"`);
        }
      }
    },
  );

  it('autism and mental health hubs are not empty', () => {
    expect(page('/autism/')).toContain('href="/services/community-autism-support-service/"');
    expect(page('/mental-health/')).toContain('href="/services/kooth/"');
  });
});

describe("Kooth's page", () => {
  it('shows its age range, cost and how to join', () => {
    const kooth = services.find((service) => service.id === 'kooth');
    expect(kooth).toBeDefined();
    if (!kooth) return;
    const text = mainText(page('/services/kooth/'));
    expect(text).toContain(ageRangeLabel(kooth.data));
    expect(text).toContain(`Cost ${costLabel(kooth.data.cost)}`);
    expect(text).toContain(`How to get help ${kooth.data.applicationProcess}`);
  });
});

describe('grants', () => {
  it.each(grants.map((grant) => [grant.id, grant] as const))('%s shows its status in words', (id, grant) => {
    const html = page(`/grants/${id}/`);
    const status = /data-testid="grant-status"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    expect(status.startsWith(termLabel(grantStatuses, grant.data.status))).toBe(true);
    if (grant.data.status === 'closed') expect(status).not.toMatch(/^Open/);
  });

  it('lists closed grants apart, under their own heading, after open ones', () => {
    const html = page('/grants/');
    const closedAt = html.indexOf('id="closed-heading"');
    for (const grant of grants) {
      const at = html.indexOf(`href="/grants/${grant.id}/"`);
      expect(at, `${grant.id} is listed`).toBeGreaterThan(-1);
      if (grant.data.status === 'closed') expect(at).toBeGreaterThan(closedAt);
      else if (closedAt > -1) expect(at).toBeLessThan(closedAt);
    }
  });
});

describe('contact details', () => {
  // Everything an editor wrote, anywhere in content/: front matter and body.
  const contentText = files.map((file) => `${JSON.stringify(file.data)}\n${file.body}`).join('\n');
  const digits = (value: string) => value.replace(/\D/g, '');
  const contentPhones = new Set((contentText.match(/\+?\d[\d ]{1,16}\d/g) ?? []).map(digits));
  /** Well-established national numbers: 999, NHS 111, Samaritans, Childline. */
  const nationalNumbers = new Set(['999', '111', '116123', '08001111']);
  const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#x26;/g, '&');
  const siteOrigin = new URL(siteConfig.siteUrl).origin;

  const links = allPages().flatMap((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    return [...html.matchAll(/href="((?:tel:|mailto:|https?:)[^"]*)"/g)].map((match) => ({
      file,
      href: decode(match[1] ?? ''),
    }));
  });

  it('finds links to check', () => {
    expect(links.some((link) => link.href.startsWith('tel:'))).toBe(true);
    expect(links.some((link) => link.href.startsWith('mailto:'))).toBe(true);
  });

  it('every phone number comes from content or is a national urgent number', () => {
    const bad = links
      .filter((link) => link.href.startsWith('tel:'))
      .filter((link) => {
        const number = digits(link.href);
        return !nationalNumbers.has(number) && !contentPhones.has(number);
      });
    expect(bad).toEqual([]);
  });

  it('every email address comes from content or site config', () => {
    const bad = links
      .filter((link) => link.href.startsWith('mailto:'))
      .filter((link) => {
        const address = link.href.slice('mailto:'.length).split('?')[0] ?? '';
        return address !== siteConfig.feedbackEmail && !contentText.includes(address);
      });
    expect(bad).toEqual([]);
  });

  it('every external web address comes from content or site config', () => {
    const configText = JSON.stringify(siteConfig);
    // Bare addresses a source cites ("legislation.gov.uk/ukpga/2014/6") are linked in full.
    const sourceLinks = new Set(
      files.flatMap((file) =>
        typeof file.data.source === 'string' ? sourceParts(file.data.source).flatMap((part) => part.href ?? []) : [],
      ),
    );
    const bad = links
      .filter((link) => /^https?:/.test(link.href) && !link.href.startsWith(siteOrigin))
      .filter((link) => {
        const bare = link.href.replace(/\/$/, '');
        return !contentText.includes(bare) && !configText.includes(bare) && !sourceLinks.has(link.href);
      });
    expect(bad).toEqual([]);
  });
});

describe('structure of every page', () => {
  const pages = allPages().map((file) => ({ file, html: readFileSync(join(distDir, file), 'utf8') }));

  it('never skips a heading level inside <main>', () => {
    const skipped = pages.flatMap(({ file, html }) => {
      const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
      const levels = [...main.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
      return levels.some((level, i) => level > (i === 0 ? 1 : (levels[i - 1] ?? 0) + 1))
        ? [`${file}: ${levels.join(',')}`]
        : [];
    });
    expect(skipped).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const broken = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/href="(\/[^"#?]*)/g)]
        .map((match) => match[1] ?? '/')
        .filter((href) => !existsSync(join(distDir, href, href.endsWith('/') ? 'index.html' : '')))
        .map((href) => `${file} -> ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it('puts no block element inside a paragraph (Astro ships invalid nesting as written)', () => {
    const nested = pages
      .filter(({ html }) => /<p[\s>](?:(?!<\/p>)[\s\S])*?<(?:div|ul|ol|dl|section|p|h[1-6])[\s>]/.test(html))
      .map(({ file }) => file);
    expect(nested).toEqual([]);
  });
});
