import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainText, page, requireBuild } from '../../build/helpers.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { readContentFolder } from '../../../src/lib/content/files.ts';

beforeAll(requireBuild);

const youngDist = 'dist-young';
const youngPage = (urlPath: string) => readFileSync(join(youngDist, urlPath.replace(/^\//, ''), 'index.html'), 'utf8');

describe('young people section in the Local Offer', () => {
  it('lists published articles, topics and help right now', () => {
    const text = mainText(page('/young-people/'));
    expect(text).toContain('What nearly 4,000 young people told the Young Researchers');
    expect(text).toContain('Help right now');
    expect(text).toContain('Childline');
    expect(page('/young-people/')).toMatch(/<body class="young"/);
  });

  it('links an article to its services and the service back to the article', () => {
    const article = page('/young-people/articles/kooth-online-support/');
    expect(article).toContain('href="/services/kooth/"');
    expect(mainText(article)).toContain('LocalOfferTeam (pen name)');
    const kooth = page('/services/kooth/');
    expect(kooth).toContain('href="/young-people/articles/kooth-online-support/"');
  });

  it('publishes an RSS feed of the articles', () => {
    const feed = readFileSync('dist/young-people/rss.xml', 'utf8');
    expect(feed).toMatch(/^<\?xml/);
    expect(feed).toContain('<rss');
    expect(feed.match(/<item>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(feed).toContain('/young-people/articles/kooth-online-support/');
  });

  it('shows the nine outcomes of the Vision as disclosures that work without JavaScript', () => {
    const html = page('/young-people/vision/');
    expect(html.match(/<details[ >]/g)?.length).toBe(9);
    expect(mainText(html)).toContain('Happy, inclusive and no racism');
    expect(mainText(html)).toContain('Male, age 15');
    // The disclosures need no script; the only one is the quick exit's (src/components/safety/QuickExit.astro).
    const scripts = html.match(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts.filter((script) => !script.includes('data-quick-exit'))).toEqual([]);
  });

  it('builds a page for every published article and for no other', () => {
    const { files } = readContentFolder('content');
    const articles = files.filter((file) => file.collection === 'articles');
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const id = article.path.split('/').pop()?.replace(/\.md$/, '') ?? '';
      const built = existsSync(join('dist/young-people/articles', id, 'index.html'));
      expect({ id, built }).toEqual({ id, built: article.data.status === 'published' });
    }
  });
});

describe('young people sister site (npm run build:young)', () => {
  beforeAll(() => {
    if (!existsSync(join(youngDist, 'index.html'))) {
      throw new Error('No sister site in dist-young/: run "npm run build:young" first (npm test does this).');
    }
  });

  it('has its own name, header and navigation at its own root', () => {
    const home = youngPage('/');
    expect(home).toContain(`<title>${siteConfig.youngSite.name}</title>`);
    expect(home).toMatch(/class="young-header\b/);
    expect(home).toMatch(/<nav class="young-nav\b[^"]*"[^>]*aria-label="Young people"/);
    expect(home).toContain('href="/vision/"');
    expect(existsSync(join(youngDist, 'articles/kooth-online-support/index.html'))).toBe(true);
  });

  it('links to services on the Local Offer instead of copying them', () => {
    const article = youngPage('/articles/kooth-online-support/');
    expect(article).toContain(`href="${new URL('/services/kooth/', siteConfig.siteUrl).href}"`);
    expect(existsSync(join(youngDist, 'services'))).toBe(false);
    expect(existsSync(join(youngDist, 'admin'))).toBe(false);
  });

  it('has its own RSS feed with its own links', () => {
    const feed = readFileSync(join(youngDist, 'rss.xml'), 'utf8');
    expect(feed).toContain('/articles/kooth-online-support/');
    expect(feed).not.toContain('/young-people/articles/');
  });
});
