/** The CMS preview of a grant, in the site's styles. */
import { categories, grantApplicants, grantStatuses, serviceAreas, termLabel } from '../../schemas/taxonomy.ts';
import { formatDate, formatPounds } from '../../lib/directory/labels.ts';
import { date, entryData, list, object, optionalNumber, text, type PreviewProps, termLabels } from './entry-data.ts';

export default function GrantPreview({ entry, widgetFor }: PreviewProps) {
  const data = entryData(entry);
  const amount = object(data, 'amount');
  const maximum = optionalNumber(amount, 'maximum');
  const typical = optionalNumber(amount, 'typical');
  const opens = date(data, 'opens');
  const closes = date(data, 'closes');
  const checked = date(data, 'assuredDate');
  const status = text(data, 'status');

  return (
    <main id="main-content">
      <div className="container">
        <article className="grant">
          <h1>{text(data, 'name') || 'Untitled grant'}</h1>
          <p className="lede">{text(data, 'summary')}</p>
          <div className="notice">
            <p>
              <strong>{status ? termLabel(grantStatuses, status) : 'Status not set'}</strong>
              {closes && <>: closes {formatDate(closes)}</>}
              {opens && <>; opens {formatDate(opens)}</>}
            </p>
          </div>
          <h2>The essentials</h2>
          <dl className="facts">
            <dt>Who can apply</dt>
            <dd>
              {termLabels(grantApplicants, list(data, 'applicants'))}. {text(data, 'eligibilityDescription')}
            </dd>
            <dt>How much</dt>
            <dd>
              {maximum !== undefined && <>Up to {formatPounds(maximum)}. </>}
              {typical !== undefined && <>Typically {formatPounds(typical)}. </>}
              {text(amount, 'detail')}
            </dd>
            <dt>How to apply</dt>
            <dd>{text(data, 'howToApply')}</dd>
            <dt>Topics</dt>
            <dd>{termLabels(categories, list(data, 'categories'))}</dd>
            <dt>Areas</dt>
            <dd>{termLabels(serviceAreas, list(data, 'localities'))}</dd>
          </dl>
          <h2>About this grant</h2>
          <div className="grant__body">{widgetFor('body')}</div>
          <dl className="facts">
            <dt>Last checked</dt>
            <dd>
              {checked ? formatDate(checked) : 'Not yet'} by {text(data, 'assurerRole')}
            </dd>
            <dt>Source</dt>
            <dd>{text(data, 'source')}</dd>
          </dl>
        </article>
      </div>
    </main>
  );
}
