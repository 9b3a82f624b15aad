/**
 * Pages that gather listings must not grow with the directory: locality pages and
 * the topic hubs show the first few of each section and link to the paged browse
 * lists for the rest; My list embeds no listing at all. Content-agnostic, so it
 * also runs over a synthetic build: DIST_DIR=/tmp/big-dist vitest run --project build
 * tests/build/bounded-lists.test.ts
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, page, requireBuild } from './helpers.ts';
import { sectionLimit, sectionSlack } from '../../src/lib/directory/section-limits.ts';
import { facets } from '../../src/lib/directory/browse.ts';

beforeAll(requireBuild);

/** The most any one section may show. */
const sectionMax = sectionLimit + sectionSlack;
const browseFolders = new Set(['all', ...facets.map((facet) => facet.key)]);

/** The service pages an element links to (not the browse lists), once each. */
function serviceLinks(node: Element): string[] {
  const hrefs = DomUtils.findAll((element) => element.name === 'a', [node]).map((a) => a.attribs.href ?? '');
  const ids = hrefs.flatMap((href) => /^\/services\/([^/]+)\/$/.exec(href)?.[1] ?? []);
  return [...new Set(ids.filter((id) => !browseFolders.has(id)))];
}

const hasClass = (element: Element, name: string) => (element.attribs.class ?? '').split(/\s+/).includes(name);

/** The lists of listings on a page: the card lists, and the plain lists of the preparing for adulthood areas. */
function listsOf(html: string): { lists: Element[]; main: Element | undefined } {
  const document = parseDocument(html);
  const main = DomUtils.findOne((element) => element.name === 'main', document.children);
  const lists = main
    ? DomUtils.findAll(
        (element) =>
          (element.name === 'ul' || element.name === 'ol') &&
          (hasClass(element, 'card-list') ||
            (element.parent as Element | null)?.attribs?.class?.split(/\s+/).includes('pathway') === true),
        [main],
      )
    : [];
  return { lists, main: main ?? undefined };
}

/** The paragraph after a list (where <SeeAll> writes), as text, and the links after it up to the next heading. */
function seeAllAfter(list: Element): { text: string; links: string[] } {
  let next = list.next;
  while (next && !(next.type === 'tag' && ['p', 'h2', 'h3', 'section'].includes((next as Element).name)))
    next = next.next;
  if (!next || (next as Element).name !== 'p') return { text: '', links: [] };
  const region: Element[] = [];
  for (let node = next as Element | null; node && !/^h[23]$/.test(node.name); node = node.next as Element | null) {
    if (node.type === 'tag') region.push(node);
  }
  return {
    text: DomUtils.textContent(next).replace(/\s+/g, ' ').trim(),
    links: DomUtils.findAll((element) => element.name === 'a', region).map((a) => a.attribs.href ?? ''),
  };
}

const localityPages = allPages()
  .map((file) => file.split('\\').join('/'))
  .filter((file) => /^localities\/[^/]+\/index\.html$/.test(file))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
const hubPages = ['/autism/', '/mental-health/', '/preparing-for-adulthood/'];

describe('bounded lists', () => {
  it('finds the pages to check', () => {
    expect(localityPages.length).toBeGreaterThan(0);
  });

  it.each([...localityPages, ...hubPages])(
    '%s shows a bounded number of listings, and says where the rest are',
    (path) => {
      const { lists, main } = listsOf(page(path));
      expect(main).toBeDefined();
      for (const list of lists) {
        const links = serviceLinks(list);
        expect(links.length, `a list on ${path}`).toBeLessThanOrEqual(sectionMax);
        // A list cut short says how many there are and links to where they all are.
        const after = seeAllAfter(list);
        const cut = /^Showing the first (\d+) of (\d+)/.exec(after.text);
        if (cut && links.length > 0) {
          expect(Number(cut[1]), after.text).toBe(sectionLimit);
          expect(links.length, after.text).toBe(sectionLimit);
          expect(Number(cut[2]), after.text).toBeGreaterThan(sectionMax);
          expect(after.links.length, after.text).toBeGreaterThan(0);
        }
      }
      // The whole page: each list bounded, plus a locality's Early Help team.
      expect(serviceLinks(main as Element).length).toBeLessThanOrEqual(Math.max(lists.length, 1) * sectionMax + 1);
    },
  );

  it('My list embeds no listing: it shows what was saved, read in the browser', () => {
    const html = page('/my-list/');
    const { main } = listsOf(html);
    expect(main).toBeDefined();
    const links = DomUtils.findAll((element) => element.name === 'a', [main as Element]).map((a) => a.attribs.href);
    expect(links.filter((href) => /^\/(services|grants)\/[^/]+\/$/.test(href ?? ''))).toEqual([]);
    expect(html).not.toMatch(/<script[^>]*type="application\/json"/);
    // Whatever the size of the directory: the real content once made it 34 KB, 10,000 listings 2.6 MB.
    expect(Buffer.byteLength(html)).toBeLessThan(16 * 1024);
  });
});
