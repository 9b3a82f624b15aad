import { describe, expect, it } from 'vitest';
import { cspDirectives, headersFile, mergePolicies, metaPolicyOf, parsePolicy } from '../../src/lib/csp.ts';

describe('Content Security Policy helpers', () => {
  it('allows only this site and the map tiles', () => {
    const directives = cspDirectives({ mapTilesOrigin: 'https://tiles.example.org' });
    expect(directives).toContain("img-src 'self' data: https://tiles.example.org");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("base-uri 'self'");
    expect(directives).toContain("form-action 'self'");
    expect(directives.join(';')).not.toContain('frame-ancestors');
    expect(directives.join(';')).not.toContain('unsafe-inline');
  });

  it('reads the policy from a page’s meta tag', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a='"></head>`;
    expect(metaPolicyOf(html)).toBe("default-src 'self'; script-src 'self' 'sha256-a='");
    expect(metaPolicyOf('<head></head>')).toBeUndefined();
  });

  it('merges the hashes of every page into one header policy', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a='",
      "default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'",
    ]);
    expect(parsePolicy(merged).get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
    expect(parsePolicy(merged).get('style-src')).toEqual(["'self'"]);
  });

  it('writes a _headers file with header-only directives and a separate admin policy', () => {
    const file = headersFile("default-src 'self'", {
      paths: ['/admin/', '/young-editors/'],
      policy: "script-src 'self' 'unsafe-eval'",
    });
    expect(file).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(file).toContain('X-Frame-Options: DENY');
    expect(file).toMatch(/^\/admin\/\*\n {2}! Content-Security-Policy$/m);
    expect(file).toMatch(/^\/young-editors\/\*$/m);
    expect(file).toContain("Content-Security-Policy: script-src 'self' 'unsafe-eval'; frame-ancestors 'none'");
  });
});
