/** Prefixes a site path with Astro's base, so the site works when deployed under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a young people's article lives. The young people's section owns these
 * pages; hubs link to them through this one function so the scheme changes in one place.
 */
export function articlePath(id: string): string {
  return withBase(`/young-people/articles/${id}/`);
}
