/**
 * The Content Security Policy holds on real pages: no violation events and no CSP console
 * messages while one page of every page type (tests/page-types.ts) of each built site loads and
 * its scripts run, the area's theme colours (an inline style allowed by its hash) included.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { builtSites, htmlFilesOf, samplePages, urlPathOf } from '../page-types.ts';

const sites = builtSites().map((built) => ({
  built,
  site: useSite(built.dir),
  // The admin apps have their own policy (src/cms/csp.ts), checked by the CMS tests.
  paths: samplePages(htmlFilesOf(built), built.types)
    .filter((sample) => sample.file !== undefined && sample.type.skipAxe === undefined)
    .map((sample) => urlPathOf(sample.file ?? '')),
}));
const [main] = sites;

describe('Content Security Policy', () => {
  const cases = sites.flatMap(({ built, site, paths }) =>
    paths.map((path) => ({ path, from: site, name: `${built.name} ${path}` })),
  );
  it('checks a page of every type', () => {
    expect(main?.paths.length).toBeGreaterThan(20);
  });
  for (const { path, from, name } of cases) {
    it(`${name} loads with no CSP violations`, async () => {
      const page = await from.page('/');
      const messages: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) messages.push(message.text());
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta).toContain("object-src 'none'");
      expect(meta).toMatch(/script-src 'self'/);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations).toEqual([]);
      expect(messages).toEqual([]);
    });
  }

  it('blocks an injected inline script (the policy is really enforced)', async () => {
    if (!main) throw new Error('no built site');
    const page = await main.site.page('/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
  });
});
