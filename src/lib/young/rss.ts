/** The RSS feed of published young people's articles, on the site this build makes. */
import rss from '@astrojs/rss';
import { getPublishedArticles } from '../content/collections.ts';
import { siteConfig } from '../../site.config.ts';
import { youngHref, youngSiteName } from './site.ts';

export async function youngPeopleFeed(site: URL | undefined): Promise<Response> {
  const articles = await getPublishedArticles();
  return rss({
    title: `${youngSiteName()}: young people's articles`,
    description: siteConfig.youngSite.tagline,
    site: site ?? siteConfig.siteUrl,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: article.data.publishedDate,
      link: youngHref(`articles/${article.id}/`),
      author: article.data.author,
      categories: [...article.data.topics],
    })),
    customData: '<language>en-gb</language>',
  });
}
