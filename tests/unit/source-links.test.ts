import { describe, expect, it } from 'vitest';
import { sourceParts } from '../../src/lib/content/source-links.ts';

describe('sources for people', () => {
  it('links each web address a source cites, and leaves the rest as text', () => {
    expect(
      sourceParts(
        'Care Act 2014, section 67 (legislation.gov.uk/ukpga/2014/23/section/67); health checks: public record (nhs.uk)',
      ),
    ).toEqual([
      { text: 'Care Act 2014, section 67 (' },
      {
        text: 'legislation.gov.uk/ukpga/2014/23/section/67',
        href: 'https://www.legislation.gov.uk/ukpga/2014/23/section/67',
      },
      { text: '); health checks: public record (' },
      { text: 'nhs.uk', href: 'https://nhs.uk' },
      { text: ')' },
    ]);
  });

  it('keeps a full address as written, without the sentence punctuation after it', () => {
    expect(sourceParts('The provider’s page, https://example.org/about.')).toEqual([
      { text: 'The provider’s page, ' },
      { text: 'https://example.org/about', href: 'https://example.org/about' },
      { text: '.' },
    ]);
  });

  it('is plain text when a source cites no web page', () => {
    const title =
      "Our City: Investing in Children & Family Services, business case refresh, Birmingham Children's Partnership, 2021";
    expect(sourceParts(title)).toEqual([{ text: title }]);
  });
});
