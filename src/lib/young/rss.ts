/** The RSS feed of published young people's articles, for either variant. */
import rss from '@astrojs/rss';
import { getPublishedArticles } from '../content/collections.ts';
import { siteConfig } from '../../site.config.ts';
import { youngHref, youngSiteName, type YoungVariant } from './site.ts';

export async function youngPeopleFeed(variant: YoungVariant, site: URL | undefined): Promise<Response> {
  const articles = await getPublishedArticles();
  return rss({
    title: `${youngSiteName(variant)}: young people's articles`,
    description: siteConfig.youngSite.tagline,
    site: site ?? siteConfig.siteUrl,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: article.data.publishedDate,
      link: youngHref(variant, `articles/${article.id}/`),
      author: article.data.author,
      categories: [...article.data.topics],
    })),
    customData: '<language>en-gb</language>',
  });
}
