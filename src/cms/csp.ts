/**
 * The Content Security Policy of the admin pages, which differs from the public
 * site's on purpose (see docs/cms.md):
 * - 'unsafe-eval': Decap validates its configuration with ajv, which compiles
 *   schemas with `new Function` (ajv's code generation); without it the admin stops
 *   at "Error loading the CMS configuration".
 * - 'wasm-unsafe-eval': Decap's image processing (jSquash WebP encoder) is WebAssembly.
 * - style 'unsafe-inline': Decap styles itself with emotion, which injects <style> tags.
 * - connect-src: the git host's API and, on this machine only, decap-server.
 */
import type { CmsBackend } from 'decap-cms-core';

const defaultApiRoots: Partial<Record<CmsBackend['name'], string>> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  gitea: 'https://try.gitea.io',
  forgejo: 'https://v14.next.forgejo.org',
};

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function adminContentSecurityPolicy(backend: CmsBackend, options: { dev?: boolean } = {}): string {
  const remote = [
    originOf(backend.api_root ?? defaultApiRoots[backend.name]),
    originOf(backend.base_url),
    originOf(backend.auth_endpoint),
  ].filter((origin): origin is string => Boolean(origin));
  const images =
    backend.name === 'github'
      ? ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com', ...remote]
      : remote;
  const unique = (values: string[]) => [...new Set(values)].join(' ');
  return [
    "default-src 'self'",
    // The dev server (npm run cms) injects inline scripts of its own; built pages have none.
    `script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'${options.dev ? " 'unsafe-inline'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    unique(["img-src 'self'", 'data:', 'blob:', ...images]),
    "font-src 'self' data:",
    unique(["connect-src 'self'", 'http://127.0.0.1:*', 'http://localhost:*', ...remote]),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
