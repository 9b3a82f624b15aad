import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetSizes, pageWeight } from '../build/page-weight.ts';
import { pageTypeOf, samplePages, urlPathOf } from '../page-types.ts';

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro', 'site.css'), 'body{color:red}'.repeat(10));
  writeFileSync(join(dist, '_astro', 'island.js'), 'console.log(1);'.repeat(10));

  it('counts linked and inline CSS, inline and external JavaScript, but not JSON data blocks', () => {
    const weight = pageWeight(
      `<link rel="stylesheet" href="/_astro/site.css"><style>p{margin:0}</style>
       <script>let a=1;</script><script type="application/ld+json">{"@type":"Thing"}</script>
       <script type="module" src="/_astro/island.js"></script>
       <img src="/a.png" alt="" width="10" height="10" loading="lazy"><img src="/b.png">`,
      new AssetSizes(dist),
    );
    expect(weight.cssBytes).toBe(150 + 'p{margin:0}'.length);
    expect(weight.inlineJsBytes).toBe('let a=1;'.length);
    expect(weight.externalJsBytes).toBe(150);
    expect(weight.externalScripts).toEqual(['/_astro/island.js']);
    expect(weight.images).toEqual([
      { src: '/a.png', hasSize: true, hasAlt: true, loading: 'lazy' },
      { src: '/b.png', hasSize: false, hasAlt: false, loading: undefined },
    ]);
    expect(weight.htmlGzipBytes).toBeLessThan(weight.htmlBytes);
    expect(weight.transferBytes).toBeGreaterThan(weight.htmlGzipBytes);
  });

  it('counts an SVG image compressed, as a host sends it, and other images as they are', () => {
    writeFileSync(
      join(dist, 'map.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0,0L1,1Z"/>'.repeat(100)}</svg>`,
    );
    writeFileSync(join(dist, 'pic.png'), Buffer.alloc(2000));
    const assets = new AssetSizes(dist);
    const html = (src: string) => `<img src="${src}" alt="" width="1" height="1" loading="lazy">`;
    // Same-length names, so the HTML weighs the same: /nil.svg is not there.
    const bare = pageWeight(html('/nil.svg'), assets).transferBytes;
    expect(pageWeight(html('/map.svg'), assets).transferBytes - bare).toBe(assets.of('/map.svg').gzipBytes);
    expect(assets.of('/map.svg').gzipBytes).toBeLessThan(assets.of('/map.svg').bytes);
    expect(pageWeight(html('/pic.png'), assets).transferBytes - bare).toBe(2000);
  });
});

describe('page types', () => {
  it('puts each kind of built file in the right type', () => {
    expect(pageTypeOf('index.html')?.name).toBe('home');
    expect(pageTypeOf('services/index.html')?.name).toBe('directory');
    expect(pageTypeOf('services/kooth/index.html')?.name).toBe('service');
    expect(pageTypeOf('services/all/2/index.html')?.name).toBe('directory page');
    expect(pageTypeOf('services/category/autism-adhd/index.html')?.name).toBe('directory page');
    expect(pageTypeOf('young-people/vision/index.html')?.name).toBe('vision');
    expect(pageTypeOf('young-people/articles/some-article/index.html')?.name).toBe('article');
    expect(pageTypeOf('young-people/topics/index.html')?.name).toBe('topic');
    expect(pageTypeOf('accessibility/index.html')?.name).toBe('accessibility');
    expect(pageTypeOf('404.html')?.name).toBe('404');
    expect(pageTypeOf('somewhere-new/index.html')).toBeUndefined();
  });

  it('samples one page per type, preferring the first content entry, and reports missing types', () => {
    const samples = samplePages(['services/zzz/index.html', 'services/kooth/index.html', 'index.html']);
    const byName = new Map(samples.map((sample) => [sample.type.name, sample]));
    expect(byName.get('home')?.file).toBe('index.html');
    expect(byName.get('service')?.files).toEqual(['services/kooth/index.html', 'services/zzz/index.html']);
    expect(byName.get('grant')?.file).toBeUndefined();
    expect(urlPathOf('services/kooth/index.html')).toBe('/services/kooth/');
  });
});
