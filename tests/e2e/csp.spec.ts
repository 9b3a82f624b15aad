/**
 * The Content Security Policy holds on real pages: no violation events and no CSP console
 * messages while each page loads and its scripts run.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from '../../e2e/support/site.ts';

const site = useSite();
const sister = useSite('dist-young');

const paths = [
  '/',
  '/services/',
  '/services/kooth/',
  '/my-list/',
  '/staying-safe-online/',
  '/young-people/',
  '/young-people/vision/',
  // Page types from other parts of the site, checked when they are built.
  '/mental-health/',
  '/urgent-help/',
  '/grants/resilience-fund/',
  '/services/category/domestic-abuse/',
  '/search/',
  '/map/',
  '/localities/erdington/',
].filter((path) => existsSync(join(process.env.DIST_DIR ?? 'dist', path, 'index.html')));

describe('Content Security Policy', () => {
  const cases = [
    ...paths.map((path) => ({ path, from: site, name: path })),
    { path: '/', from: sister, name: 'young people’s site /' },
  ];
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
    const page = await site.page('/services/kooth/');
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
