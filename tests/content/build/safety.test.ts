import { describe, expect, it, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, distDir, mainText, page, requireBuild } from '../../build/helpers.ts';
import { metaPolicyOf, parsePolicy } from '../../../src/lib/csp.ts';
import { adminPaths } from '../../../src/cms/admin-pages.ts';
import { decodeQrSvg } from '../../build/qr-decode.ts';

beforeAll(requireBuild);

describe('security headers and policy in the built site', () => {
  it('writes _headers with the policy and the other security headers', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain("object-src 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('X-Frame-Options: DENY');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('Permissions-Policy: geolocation=(self)');
    expect(headers).toMatch(/^\/admin\/\*$/m);
  });

  it('gives every page a CSP meta tag whose hashes cover every inline script', () => {
    const pages = allPages().filter((file) => !adminPaths.some((path) => `/${file}`.startsWith(path)));
    expect(pages.length).toBeGreaterThan(3);
    for (const file of pages) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const policy = metaPolicyOf(html);
      expect(policy, file).toBeDefined();
      const directives = parsePolicy(policy ?? '');
      expect(directives.get('frame-ancestors'), `${file}: frame-ancestors only works as a header`).toBeUndefined();
      expect(directives.get('object-src')).toEqual(["'none'"]);
      const scriptSources = directives.get('script-src') ?? [];
      expect(scriptSources.filter((source) => source.startsWith('https:') || source === "'unsafe-inline'")).toEqual([]);
      for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes ?? '') || /type="application\/(ld\+)?json"/.test(attributes ?? '')) continue;
        const hash = `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`;
        expect(scriptSources, `${file}: inline script without a hash`).toContain(hash);
      }
      expect(html, `${file}: inline event handler`).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(html, `${file}: javascript: URL`).not.toMatch(/(href|src|action)=["']?\s*javascript:/i);
    }
  });

  it('loads nothing from other sites except map tiles', () => {
    for (const file of allPages()) {
      const html = readFileSync(join(distDir, file), 'utf8');
      expect(html, file).not.toMatch(/<(script|img|iframe|source|video|audio)\b[^>]*\ssrc=["']?https?:\/\//i);
      // canonical and hreflang alternates name this site's own absolute addresses and load nothing.
      expect(html, file).not.toMatch(/<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*\shref=["']?https?:\/\//i);
    }
  });
});

describe('safety pages and blocks', () => {
  it('shows quick exit and urgent help on a mental health service', () => {
    const html = page('/services/kooth/');
    expect(html).toContain('data-quick-exit');
    expect(mainText(html)).toMatch(/Samaritans\s*:\s*116 123/);
    expect(html).toContain('href="tel:116123"');
  });

  it('shows when a listing was last checked, and the out-of-date notice past its interval', () => {
    const text = mainText(page('/services/kooth/'));
    expect(text).toContain('Last checked: 9 February 2021');
    expect(text).toContain('These details may have changed');
  });

  it('shows freshness and "Save to my list" on grant pages too', () => {
    const html = page('/grants/resilience-fund/');
    expect(mainText(html)).toContain('Last checked: 9 February 2021');
    expect(mainText(html)).toContain('Check with the funder that the grant is still open');
    expect(html).toContain('data-save-key="grants/resilience-fund"');
  });

  it('puts quick exit and urgent help on the mental health hub', () => {
    const html = page('/mental-health/');
    expect(html).toContain('data-quick-exit');
    expect(html).toContain('data-urgent-help');
  });

  it('has the staying safe online and my list pages', () => {
    expect(mainText(page('/staying-safe-online/'))).toContain('Use private browsing');
    expect(mainText(page('/my-list/'))).toContain('kept only in this browser');
  });

  it('puts a QR code handout on service pages that decodes to the page address', () => {
    for (const path of ['/services/kooth/', '/services/forward-thinking-birmingham/']) {
      const html = page(path);
      const svg = /<div class="print-handout__qr">(<svg[\s\S]*?<\/svg>)\s*<\/div>/.exec(html)?.[1] ?? '';
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toMatch(new RegExp(`${path}$`));
      expect(decodeQrSvg(svg), path).toBe(canonical);
    }
  });
});
