/** The CMS preview of a young editor's article, in the site's styles. */
import { articleTopics, termLabel } from '../../schemas/taxonomy.ts';
import { formatDate } from '../../lib/directory/labels.ts';
import { penNamePattern } from '../../schemas/articles.ts';
import { date, entryData, list, text, type PreviewProps } from './entry-data.ts';

export default function ArticlePreview({ entry, widgetFor }: PreviewProps) {
  const data = entryData(entry);
  const published = date(data, 'publishedDate');
  const author = text(data, 'author');
  const note = text(data, 'contentNote');

  return (
    <main id="main-content">
      <div className="container">
        <article className="article">
          <h1>{text(data, 'title') || 'Untitled article'}</h1>
          <p className="lede">{text(data, 'summary')}</p>
          <p>
            By {author || 'your pen name'}
            {published && <> on {formatDate(published)}</>}
          </p>
          {author && !penNamePattern.test(author) && (
            <div className="notice">
              <p>
                <strong>Check your pen name:</strong> one word, letters only, no spaces or numbers.
              </p>
            </div>
          )}
          {note && (
            <div className="notice">
              <p>
                <strong>Content note:</strong> {note}
              </p>
            </div>
          )}
          <ul className="tag-list" aria-label="Topics">
            {list(data, 'topics').map((topic) => (
              <li className="tag" key={topic}>
                {termLabel(articleTopics, topic)}
              </li>
            ))}
          </ul>
          <div className="article__body">{widgetFor('body')}</div>
        </article>
      </div>
    </main>
  );
}
