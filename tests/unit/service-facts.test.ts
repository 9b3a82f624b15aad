/**
 * A service's facts are described once (src/lib/directory/service-facts.ts): the CMS
 * preview renders the same lists, labels and values as the service page, from the same
 * entry, including a confidential place that must not appear.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { homeData } from '../support/rehome.ts';
import { serviceFactSections, type FactPart } from '../../src/lib/directory/service-facts.ts';
import { formatDate } from '../../src/lib/directory/labels.ts';
import { serviceSchema } from '../../src/schemas/index.ts';
import { i18n } from '../../src/i18n/index.ts';
import ServicePreview from '../../src/cms/previews/ServicePreview.tsx';

const file = readFileSync('tests/fixtures/export-content/services/test-drop-in.md', 'utf8');
// Written in Birmingham's places: moved into this copy's area (tests/support/rehome.ts).
const frontMatter = homeData(parseMarkdown(file).data);
const service = serviceSchema.parse(frontMatter);

/** The preview as Decap shows it: the entry's data as an Immutable-like map, the body as a widget. */
function preview(data: Record<string, unknown>): string {
  const entry = { getIn: () => ({ toJS: () => data }) };
  return renderToStaticMarkup(createElement(ServicePreview, { entry, widgetFor: () => null }));
}

const tagText = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

describe('the facts of a service', () => {
  const sections = serviceFactSections(service, { name: 'Safe Homes Trust', href: '/organisations/safe-homes-trust/' });

  it('are three lists: the essentials, where, more details (kept off the printed handout)', () => {
    expect(sections.map((section) => section.heading)).toEqual(['The essentials', 'Where', 'More details']);
    expect(sections.map((section) => section.noPrint ?? false)).toEqual([false, false, true]);
  });

  it('list public places only, and say when an address is withheld', () => {
    const places = sections[1].facts.find((fact) => fact.label === 'Places');
    expect(JSON.stringify(places)).toContain('Test Community Hall');
    expect(JSON.stringify(places)).not.toContain('Quiet Close');
    const hidden = serviceFactSections({ ...service, locations: [{ name: 'Refuge', confidential: true }] });
    expect(hidden[1].facts.find((fact) => fact.label === 'Places')?.parts).toEqual([
      { paragraph: 'The address is not published, to keep people safe.' },
    ]);
  });

  it('are what the CMS preview shows, label for label and value for value', () => {
    const html = preview({ ...frontMatter, assuredDate: frontMatter.assuredDate });
    const expected = serviceFactSections(service, { name: 'safe-homes-trust' });
    expect(tagText(html, 'h2')).toEqual(expect.arrayContaining(expected.map((section) => section.heading)));
    expect(tagText(html, 'dt')).toEqual(expected.flatMap((section) => section.facts.map((fact) => fact.label)));
    const valueText = (part: FactPart) =>
      typeof part === 'string'
        ? part
        : 'source' in part
          ? part.source
          : 'paragraph' in part
            ? part.paragraph
            : 'link' in part
              ? part.text
              : 'date' in part
                ? formatDate(part.date)
                : 'tags' in part
                  ? part.tags.join('')
                  : part.items.join('');
    expect(tagText(html, 'dd')).toEqual(
      expected.flatMap((section) => section.facts.map((fact) => fact.parts.map(valueText).join(''))),
    );
    expect(html).toContain('<li>Test Community Hall, 1 Example Road, Erdington, B23 6AA</li>');
    expect(html).not.toContain('Quiet Close');
  });

  it('can be previewed half-filled, as an editor starts a new entry', () => {
    const html = preview({ name: 'New service', cost: { type: '' }, minimumAge: '' });
    expect(tagText(html, 'dt')).toContain('Cost');
    expect(html).toContain('Not stated');
  });

  it('come in the page’s language, the listing’s own words marked as English', () => {
    const english = JSON.stringify(sections);
    const polish = serviceFactSections(
      service,
      { name: 'Safe Homes Trust' },
      i18n(new URL('https://example.org/pl/services/x/')),
    );
    const { t } = i18n(new URL('https://example.org/pl/'));
    expect(polish.map((section) => section.heading)).toEqual([
      t('service.essentials'),
      t('service.where'),
      t('service.moreDetails'),
    ]);
    expect(polish[0].heading).not.toBe('The essentials');
    const places = polish[1].facts.find((fact) => fact.label === t('service.places'));
    expect(places?.parts).toEqual([expect.objectContaining({ lang: 'en-GB' })]);
    // A locality's name (the area's own, in English) is marked; "whole city" and "online" are translated.
    const areas = polish[1].facts.find((fact) => fact.label === t('service.areas'));
    const withCity = serviceFactSections(
      { ...service, localities: [...service.localities, 'citywide'] },
      undefined,
      i18n(new URL('https://example.org/pl/services/x/')),
    );
    const areasWithCity = withCity[1].facts.find((fact) => fact.label === t('service.areas'));
    expect(areas?.parts.filter((part) => typeof part !== 'string').slice(0, service.localities.length)).toEqual(
      service.localities.map(() => expect.objectContaining({ lang: 'en-GB' })),
    );
    expect(areasWithCity?.parts).toContain(i18n(new URL('https://example.org/pl/')).term('serviceAreas', 'citywide'));
    const runBy = polish[2].facts.find((fact) => fact.label === t('service.runBy'));
    expect(runBy?.parts).toEqual([{ source: 'Safe Homes Trust', lang: 'en-GB' }]);
    // In English nothing is marked as English: the page's own language.
    expect(english).not.toContain('"lang":"en');
  });
});
