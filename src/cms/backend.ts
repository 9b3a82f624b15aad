/**
 * Where the CMS saves content in production, from PUBLIC_CMS_* environment
 * variables read at build time (see docs/cms.md, "Production: a git backend").
 * On localhost the admin first looks for decap-server (npm run cms) instead.
 */
import type { CmsBackend, CmsBackendType } from 'decap-cms-core';

export interface CmsEnvironment {
  /** github, gitlab, gitea, forgejo (or test-repo, an in-memory demo). */
  PUBLIC_CMS_BACKEND?: string | undefined;
  /** owner/name of the repository holding content/. */
  PUBLIC_CMS_REPO?: string | undefined;
  PUBLIC_CMS_BRANCH?: string | undefined;
  /** GitHub: the OAuth relay that swaps GitHub's code for a token. */
  PUBLIC_CMS_AUTH_BASE_URL?: string | undefined;
  PUBLIC_CMS_AUTH_ENDPOINT?: string | undefined;
  /** GitLab, Gitea, Forgejo: the OAuth application's client id (PKCE needs no server). */
  PUBLIC_CMS_APP_ID?: string | undefined;
  /** Self-hosted GitLab, Gitea or Forgejo: its API root, e.g. https://git.example.org/api/v1 */
  PUBLIC_CMS_API_ROOT?: string | undefined;
  /** Self-hosted GitLab, Gitea or Forgejo: where its OAuth pages live, e.g. https://git.example.org */
  PUBLIC_CMS_AUTH_SITE?: string | undefined;
  /** GitHub only: let people without write access propose changes through a fork (young editors). */
  PUBLIC_CMS_OPEN_AUTHORING?: string | undefined;
  /** Port of decap-server on this machine (default 8081). */
  PUBLIC_CMS_LOCAL_PORT?: string | undefined;
  /** `off` when that decap-server runs in plain mode and cannot hold articles for review (npm run cms). */
  PUBLIC_CMS_LOCAL_REVIEW?: string | undefined;
}

/** The PUBLIC_CMS_* settings out of `import.meta.env` (or `process.env`). */
export function cmsEnvironment(env: object): CmsEnvironment {
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('PUBLIC_CMS_') && typeof value === 'string') settings[key] = value;
  }
  return settings;
}

const supported: readonly CmsBackendType[] = ['github', 'gitlab', 'gitea', 'forgejo', 'test-repo'];

/** The production backend. Throws on a setting that cannot work, so a bad deploy fails its build. */
export function backendFromEnv(env: CmsEnvironment): CmsBackend {
  const name = (env.PUBLIC_CMS_BACKEND ?? 'github') as CmsBackendType;
  if (!supported.includes(name)) {
    throw new Error(`PUBLIC_CMS_BACKEND must be one of ${supported.join(', ')}; found "${name}"`);
  }
  if (name === 'test-repo') return { name };
  const repo = env.PUBLIC_CMS_REPO ?? 'your-council/local-offer';
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new Error(`PUBLIC_CMS_REPO must look like owner/name; found "${repo}"`);
  }
  const backend: CmsBackend = { name, repo, branch: env.PUBLIC_CMS_BRANCH ?? 'main' };
  if (env.PUBLIC_CMS_API_ROOT) backend.api_root = env.PUBLIC_CMS_API_ROOT;
  if (name === 'github') {
    // GitHub has no PKCE for OAuth apps used from a browser: a small relay holds the secret.
    if (env.PUBLIC_CMS_AUTH_BASE_URL) backend.base_url = env.PUBLIC_CMS_AUTH_BASE_URL;
    if (env.PUBLIC_CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.PUBLIC_CMS_AUTH_ENDPOINT;
    if (env.PUBLIC_CMS_OPEN_AUTHORING === 'true') backend.open_authoring = true;
  } else {
    backend.auth_type = 'pkce';
    if (env.PUBLIC_CMS_APP_ID) backend.app_id = env.PUBLIC_CMS_APP_ID;
    if (env.PUBLIC_CMS_AUTH_SITE) backend.base_url = env.PUBLIC_CMS_AUTH_SITE;
    if (env.PUBLIC_CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.PUBLIC_CMS_AUTH_ENDPOINT;
  }
  return backend;
}

/**
 * The decap-server address. A `local_backend_port` query parameter overrides the
 * port (the browser tests start decap-server on a free port); Decap itself only
 * uses the local backend when the admin is opened on localhost or 127.0.0.1.
 */
export function localBackendUrl(env: CmsEnvironment, location: { hostname: string; search: string }): string {
  const fromQuery = new URLSearchParams(location.search).get('local_backend_port');
  const port = [fromQuery, env.PUBLIC_CMS_LOCAL_PORT, '8081'].find(
    (value): value is string => typeof value === 'string' && /^\d{2,5}$/.test(value),
  );
  const host = location.hostname === 'localhost' ? 'localhost' : '127.0.0.1';
  return `http://${host}:${port ?? '8081'}/api/v1`;
}
