import { describe, expect, it } from 'vitest';
import { candidateFiles, checkLinks, classifyUrl, parsePage, srcsetUrls, urlPathOfFile } from '../build/link-check.ts';

const origin = 'https://localoffer.example.org';

/** A site in memory: file path -> contents. */
function site(pages: Record<string, string>, base?: string) {
  return checkLinks({
    files: new Set(Object.keys(pages)),
    read: (file) => pages[file] ?? '',
    siteOrigin: origin,
    ...(base === undefined ? {} : { base }),
  });
}

describe('srcsetUrls', () => {
  it('reads URLs with density and width descriptors', () => {
    expect(srcsetUrls('a.png 1x, /b/c.png 2x')).toEqual(['a.png', '/b/c.png']);
    expect(srcsetUrls('small.jpg 480w,large.jpg 800w')).toEqual(['small.jpg', 'large.jpg']);
  });
  it('reads candidates without descriptors', () => {
    expect(srcsetUrls('a.png, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('  ')).toEqual([]);
  });
});

describe('parsePage', () => {
  it('finds ids and the URLs of links, assets, forms and srcsets', () => {
    const { ids, references } = parsePage(
      `<a id="top" href="/x/?q=1&amp;r=2">x</a><a name="old"></a><img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt="">
       <script src="/s.js"></script><link rel="stylesheet" href="/c.css"><form action="/search/"></form>
       <picture><source srcset="/p.webp"></picture><meta http-equiv="refresh" content="0;url=/new/">`,
    );
    expect([...ids]).toEqual(['top', 'old']);
    expect(references.map((reference) => reference.url)).toEqual([
      '/x/?q=1&r=2',
      '/i.png',
      '/i.png',
      '/i2.png',
      '/s.js',
      '/c.css',
      '/search/',
      '/p.webp',
      '/new/',
    ]);
  });
});

describe('classifyUrl', () => {
  it('resolves relative, root-relative and own-origin URLs as internal', () => {
    expect(classifyUrl('kooth/', '/services/', origin)).toEqual({
      kind: 'internal',
      path: '/services/kooth/',
      fragment: undefined,
    });
    expect(classifyUrl(`${origin}/grants/#open`, '/', origin)).toEqual({
      kind: 'internal',
      path: '/grants/',
      fragment: 'open',
    });
    expect(classifyUrl('/caf%C3%A9/', '/', origin)).toMatchObject({ path: '/café/' });
  });
  it('tells external, local and non-web links apart', () => {
    expect(classifyUrl('https://www.kooth.com', '/', origin).kind).toBe('external');
    expect(classifyUrl('http://localhost:4321/services/', '/', origin).kind).toBe('localhost');
    expect(classifyUrl('http://127.0.0.1/', '/', origin).kind).toBe('localhost');
    expect(classifyUrl('mailto:a@example.org', '/', origin).kind).toBe('other');
    expect(classifyUrl('tel:+441211234567', '/', origin).kind).toBe('other');
  });
});

describe('candidateFiles and urlPathOfFile', () => {
  it('maps directory URLs to their index and bare paths to a file, a directory or .html', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/services/')).toEqual(['services/index.html']);
    expect(candidateFiles('/services')).toEqual(['services', 'services/index.html', 'services.html']);
    expect(urlPathOfFile('services/kooth/index.html')).toBe('/services/kooth/');
    expect(urlPathOfFile('index.html')).toBe('/');
    expect(urlPathOfFile('404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  it('passes a site whose links and assets all resolve', () => {
    const result = site({
      'index.html': '<a href="/services/">all</a> <a href="/services">no slash</a> <img src="/_astro/a.png" alt="">',
      'services/index.html': '<h2 id="list">List</h2><a href="kooth/#contact">Kooth</a><a href="/#top">top</a>',
      'services/kooth/index.html': `<h2 id="contact">Contact</h2><a href="https://www.kooth.com">site</a><a href="${origin}/services/#list">back</a>`,
      '_astro/a.png': '',
    });
    expect(result.broken).toEqual([]);
    expect(result.external).toEqual(['https://www.kooth.com']);
    expect(result.checked).toBe(7);
  });

  it('reports missing pages, missing fragments, local addresses and relative links on the 404 page', () => {
    const result = site({
      'index.html': '<a href="/grants/">grants</a><a href="/#nowhere">x</a><a href="http://localhost:4321/">dev</a>',
      '404.html': '<a href="services/">relative</a><a href="/">home</a>',
      'services/index.html': '<script src="/_astro/missing.js"></script>',
    });
    expect(result.broken).toEqual([
      '404.html: <a href="services/"> is relative: the 404 page needs root-relative links',
      'index.html: <a href="/grants/"> points to a page or file that is not built',
      'index.html: <a href="/#nowhere">: no id "nowhere" on index.html',
      'index.html: <a href="http://localhost:4321/"> links to a local address',
      'services/index.html: <script src="/_astro/missing.js"> points to a page or file that is not built',
    ]);
  });

  it("checks absolute links to a sister site against that site's files", () => {
    const young = 'https://young.example.org';
    const result = checkLinks({
      files: new Set(['index.html']),
      read: () =>
        `<a href="${young}/articles/a/">a</a><a href="${young}/articles/missing/">b</a><a href="${young}/">c</a>`,
      siteOrigin: origin,
      otherSites: [{ origin: young, files: new Set(['index.html', 'articles/a/index.html']), read: () => '' }],
    });
    expect(result.broken).toEqual([
      `index.html: <a href="${young}/articles/missing/"> points to a page of ${young} that is not built`,
    ]);
    expect(result.external).toEqual([]);
  });

  it('strips the base path of a site deployed under a sub-path', () => {
    const result = site({ 'index.html': '<a href="/sub/a/">a</a><a href="/a/">b</a>', 'a/index.html': '' }, '/sub/');
    expect(result.broken).toEqual(['index.html: <a href="/a/"> is outside the site\'s base path /sub/']);
  });
});
