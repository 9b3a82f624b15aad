import { describe, expect, it } from 'vitest';
import { isPlaceholderHost, placeholderProblems } from '../../src/lib/placeholders.ts';

describe('placeholder settings', () => {
  it('knows the reserved example and test domains, and nothing else', () => {
    for (const host of [
      'example.org',
      'localoffer.example.org',
      'EXAMPLE.COM',
      'site.test',
      'a.invalid',
      'x.example',
    ]) {
      expect(isPlaceholderHost(host), host).toBe(true);
    }
    for (const host of ['birmingham.gov.uk', 'examples.org', 'example.org.uk', 'notexample.com']) {
      expect(isPlaceholderHost(host), host).toBe(false);
    }
  });

  it('names each setting still at a placeholder and the variable that sets it', () => {
    expect(
      placeholderProblems({
        siteUrl: 'https://localoffer.example.org',
        feedbackEmail: 'local-offer-feedback@example.org',
      }),
    ).toEqual([
      "SITE_URL is still the placeholder https://localoffer.example.org: set the site's real address",
      'FEEDBACK_EMAIL is still the placeholder local-offer-feedback@example.org: set the address that reads feedback',
    ]);
    expect(
      placeholderProblems({ siteUrl: 'https://www.localofferbirmingham.co.uk', feedbackEmail: 'x@birmingham.gov.uk' }),
    ).toEqual([]);
    expect(placeholderProblems({ siteUrl: 'not a url', feedbackEmail: 'nobody' })).toHaveLength(2);
  });
});
