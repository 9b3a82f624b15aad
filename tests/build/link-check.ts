/**
 * A link checker over a built static site: every internal href/src must name a
 * built file (or a directory with an index.html), and a #fragment must name an id
 * on the target page. It reads files only (no server, no browser), so it stays
 * fast on thousands of pages. External links are collected, not fetched: the
 * network is closed in CI, and a dead external site must not break the build.
 */
import { Parser } from 'htmlparser2';

export interface Reference {
  tag: string;
  attribute: string;
  url: string;
}

export interface ParsedPage {
  /** Every id on the page (and every <a name>), for #fragment checks. */
  ids: Set<string>;
  references: Reference[];
}

/** Attributes that hold one URL, by element. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

/** The URLs in a srcset ("a.png 1x, b.png 2x" or "a.png 480w, b.png 800w"). */
export function srcsetUrls(srcset: string): string[] {
  // As the HTML spec parses it: a URL is a run of non-space characters (a trailing comma ends
  // a candidate without descriptors), then optional descriptors up to the next comma.
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    const url = /^[\s,]*(\S+)/.exec(rest);
    if (!url?.[1]) break;
    rest = rest.slice(url[0].length);
    if (url[1].endsWith(',')) {
      urls.push(url[1].replace(/,+$/, ''));
    } else {
      urls.push(url[1]);
      rest = rest.replace(/^[^,]*/, '');
    }
  }
  return urls;
}

/** The ids and outgoing references of one HTML page. */
export function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const references: Reference[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (tag === 'a' && attributes.name) ids.add(attributes.name);
        for (const attribute of urlAttributes[tag] ?? []) {
          const url = attributes[attribute];
          if (url !== undefined) references.push({ tag, attribute, url: url.trim() });
        }
        if ((tag === 'img' || tag === 'source') && attributes.srcset) {
          for (const url of srcsetUrls(attributes.srcset)) references.push({ tag, attribute: 'srcset', url });
        }
        if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          const url = /url\s*=\s*['"]?([^'"\s]+)/i.exec(attributes.content ?? '')?.[1];
          if (url !== undefined) references.push({ tag, attribute: 'content', url });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, references };
}

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  | { kind: 'localhost'; url: string }
  | { kind: 'other' };

const localHosts = /^(localhost|.+\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;
const placeholderOrigin = 'http://site.invalid';

/**
 * What a URL on a page points at. Links to the site's own origin (canonical URLs)
 * count as internal; mailto:, tel:, data: and the like as "other".
 */
export function classifyUrl(url: string, pageUrlPath: string, siteOrigin: string): Target {
  let resolved: URL;
  try {
    resolved = new URL(url, `${placeholderOrigin}${pageUrlPath}`);
  } catch {
    return { kind: 'internal', path: url, fragment: undefined };
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { kind: 'other' };
  if (localHosts.test(resolved.hostname)) return { kind: 'localhost', url };
  if (resolved.origin !== placeholderOrigin && resolved.origin !== siteOrigin) return { kind: 'external', url };
  const fragment = resolved.hash.length > 1 ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
  return { kind: 'internal', path: decodeURIComponent(resolved.pathname), fragment };
}

/** The built files a URL path may be served from, most likely first ("/a/" -> "a/index.html"). */
export function candidateFiles(urlPath: string): string[] {
  const path = urlPath.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}/index.html`, `${path}.html`];
}

/** The URL path a built file is served at: "a/index.html" -> "/a/", "404.html" -> "/404.html". */
export function urlPathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface LinkCheckOptions {
  /** Every built file, relative to the site root, with "/" separators. */
  files: ReadonlySet<string>;
  /** Reads a built HTML file. */
  read: (file: string) => string;
  /** The site's public origin (e.g. "https://localoffer.example.org"): absolute links to it are internal. */
  siteOrigin: string;
  /** Astro's base path ("/" or "/sub/"), stripped from internal paths before lookup. */
  base?: string;
  /** Sister sites built alongside (the young people's site): absolute links to them are checked against their files. */
  otherSites?: { origin: string; files: ReadonlySet<string>; read: (file: string) => string }[];
}

export interface LinkCheckResult {
  /** One line per broken reference: "page: <tag attribute> url: why". */
  broken: string[];
  /** Every distinct external URL, sorted. */
  external: string[];
  /** How many references were checked. */
  checked: number;
}

/** Checks every reference of every HTML file in `files`. */
export function checkLinks({
  files,
  read,
  siteOrigin,
  base = '/',
  otherSites = [],
}: LinkCheckOptions): LinkCheckResult {
  const pages = new Map<string, ParsedPage>();
  const parsed = (file: string): ParsedPage => {
    let result = pages.get(file);
    if (!result) {
      result = parsePage(read(file));
      pages.set(file, result);
    }
    return result;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  const basePrefix = base.replace(/\/?$/, '/');

  for (const file of [...files].filter((name) => name.endsWith('.html')).sort()) {
    const pageUrl = urlPathOfFile(file);
    for (const reference of parsed(file).references) {
      checked += 1;
      const where = `${file}: <${reference.tag} ${reference.attribute}="${reference.url}">`;
      if (reference.url === '') continue;
      const target = classifyUrl(reference.url, pageUrl, siteOrigin);
      if (target.kind === 'other') continue;
      if (target.kind === 'external') {
        const sister = otherSites.find(
          (site) => reference.url.startsWith(`${site.origin}/`) || reference.url === site.origin,
        );
        if (sister === undefined) {
          external.add(reference.url);
          continue;
        }
        const url = new URL(reference.url);
        const path = decodeURIComponent(url.pathname);
        const found = candidateFiles(path).find((candidate) => sister.files.has(candidate));
        if (found === undefined) broken.push(`${where} points to a page of ${sister.origin} that is not built`);
        else if (
          url.hash.length > 1 &&
          found.endsWith('.html') &&
          !parsePage(sister.read(found)).ids.has(decodeURIComponent(url.hash.slice(1)))
        ) {
          broken.push(`${where}: no id "${decodeURIComponent(url.hash.slice(1))}" on ${sister.origin}/${found}`);
        }
        continue;
      }
      if (target.kind === 'localhost') {
        broken.push(`${where} links to a local address`);
        continue;
      }
      // The 404 page is served at any missing URL, so relative links on it would point anywhere.
      if (/(^|\/)404(\/index)?\.html$/.test(file) && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(reference.url)) {
        broken.push(`${where} is relative: the 404 page needs root-relative links`);
        continue;
      }
      if (!target.path.startsWith(basePrefix) && `${target.path}/` !== basePrefix) {
        broken.push(`${where} is outside the site's base path ${basePrefix}`);
        continue;
      }
      const sitePath = `/${target.path.slice(basePrefix.length)}`;
      const found = candidateFiles(sitePath).find((candidate) => files.has(candidate));
      if (found === undefined) {
        broken.push(`${where} points to a page or file that is not built`);
        continue;
      }
      if (target.fragment !== undefined && target.fragment !== 'top' && found.endsWith('.html')) {
        if (!parsed(found).ids.has(target.fragment)) broken.push(`${where}: no id "${target.fragment}" on ${found}`);
      }
    }
  }
  return { broken, external: [...external].sort(), checked };
}
