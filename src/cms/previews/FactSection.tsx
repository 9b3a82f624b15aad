/**
 * The CMS preview's rendering of one list of a listing's facts: the same description
 * (src/lib/directory/service-facts.ts) and markup as src/components/FactSection.astro.
 */
import { Fragment } from 'react';
import { formatDate, isoDate } from '../../lib/directory/labels.ts';
import type { FactPart, FactSection as FactSectionData } from '../../lib/directory/service-facts.ts';

function Part({ part }: { part: FactPart }) {
  if (typeof part === 'string') return <>{part}</>;
  if ('source' in part) {
    return (
      <span lang={part.lang} dir={part.dir}>
        {part.source}
      </span>
    );
  }
  if ('paragraph' in part) return <p lang={part.lang}>{part.paragraph}</p>;
  if ('link' in part) {
    return (
      <a href={part.link} lang={part.lang}>
        {part.text}
      </a>
    );
  }
  if ('date' in part) return <time dateTime={isoDate(part.date)}>{formatDate(part.date)}</time>;
  if ('tags' in part) {
    return (
      <ul className="tag-list" aria-label={part.label}>
        {part.tags.map((tag) => (
          <li className="tag" key={tag}>
            {tag}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul lang={part.lang}>
      {part.items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function FactSection({ section }: { section: FactSectionData }) {
  const noPrint = section.noPrint ? ' no-print' : '';
  return (
    <>
      <h2 className={noPrint.trim() || undefined}>{section.heading}</h2>
      <dl className={`facts${noPrint}`}>
        {section.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.parts.map((part, index) => (
                <Fragment key={index}>
                  <Part part={part} />
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
