/** The CMS preview of a service: the same sections and classes as src/pages/services/[id].astro. */
import {
  accessRoutes,
  audiences,
  categories,
  deliveryModes,
  levelsOfNeed,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  termLabel,
} from '../../schemas/taxonomy.ts';
import { ageRangeLabel, costLabel, daysLabel, formatDate } from '../../lib/directory/labels.ts';
import { date, entryData, list, object, optionalNumber, text, type PreviewProps, termLabels } from './entry-data.ts';

export default function ServicePreview({ entry, widgetFor }: PreviewProps) {
  const data = entryData(entry);
  const contact = object(data, 'contact');
  const cost = object(data, 'cost');
  const schedule = object(data, 'schedule');
  const regular = Array.isArray(schedule.regular) ? (schedule.regular as Record<string, unknown>[]) : [];
  const locations = Array.isArray(data.locations) ? (data.locations as Record<string, unknown>[]) : [];
  const publicLocations = locations.filter((location) => location.confidential !== true);
  const status = text(data, 'status');
  const checked = date(data, 'assuredDate');
  const phone = text(contact, 'phone');
  const email = text(contact, 'email');
  const website = text(contact, 'website');

  return (
    <main id="main-content">
      <div className="container">
        <article className="service">
          <h1>{text(data, 'name') || 'Untitled service'}</h1>
          <p className="lede">{text(data, 'summary')}</p>
          {status && status !== 'current' && (
            <div className="notice">
              <p>
                <strong>{termLabel(serviceStatuses, status)}:</strong>{' '}
                {serviceStatuses.find((term) => term.value === status)?.description}
              </p>
            </div>
          )}

          <h2>The essentials</h2>
          <dl className="facts">
            <dt>What it is</dt>
            <dd>
              {termLabel(serviceKinds, text(data, 'kind') || 'service')}:{' '}
              {termLabels(categories, list(data, 'categories'))}
            </dd>
            <dt>Who it is for</dt>
            <dd>
              {termLabels(audiences, list(data, 'audiences'))}. Ages:{' '}
              {ageRangeLabel({
                minimumAge: optionalNumber(data, 'minimumAge'),
                maximumAge: optionalNumber(data, 'maximumAge'),
              })}
              . {text(data, 'eligibilityDescription')}
            </dd>
            <dt>Cost</dt>
            <dd>
              {text(cost, 'type') ? costLabel({ type: text(cost, 'type') }) : 'Not stated'}
              {text(cost, 'detail') && <>. {text(cost, 'detail')}</>}
            </dd>
            <dt>How to get help</dt>
            <dd>
              <p>{text(data, 'applicationProcess')}</p>
              <ul className="tag-list" aria-label="Ways in">
                {list(data, 'accessRoutes').map((route) => (
                  <li className="tag" key={route}>
                    {termLabel(accessRoutes, route)}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>

          <h2>About this service</h2>
          <div className="service__body">{widgetFor('body')}</div>

          <h2>Contact</h2>
          <ul>
            {phone && <li>Phone: {phone}</li>}
            {email && <li>Email: {email}</li>}
            {website && <li>Website: {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</li>}
          </ul>
          {!phone && <p className="notice">A phone number for this service is not confirmed yet.</p>}

          <h2>Where</h2>
          <dl className="facts">
            <dt>Areas</dt>
            <dd>
              {termLabels(serviceAreas, list(data, 'localities'))}
              {text(data, 'neighbourhood') && <> ({text(data, 'neighbourhood')})</>}
            </dd>
            <dt>How it is delivered</dt>
            <dd>{termLabels(deliveryModes, list(data, 'delivery'))}</dd>
            <dt>Places</dt>
            <dd>
              {publicLocations.length > 0 ? (
                <ul>
                  {publicLocations.map((location, index) => (
                    <li key={index}>
                      {[location.name, location.address, location.postcode]
                        .filter((part) => typeof part === 'string' && part)
                        .join(', ')}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>
                  {locations.length > 0
                    ? 'The address is not published, to keep people safe.'
                    : 'No fixed address is confirmed for this service.'}
                </p>
              )}
            </dd>
          </dl>

          <h2>Opening times</h2>
          {regular.length > 0 || text(schedule, 'note') ? (
            <>
              <ul>
                {regular.map((slot, index) => (
                  <li key={index}>
                    {daysLabel(Array.isArray(slot.days) ? (slot.days as string[]) : [])}: {String(slot.opensAt ?? '')}{' '}
                    to {String(slot.closesAt ?? '')}
                  </li>
                ))}
              </ul>
              {text(schedule, 'note') && <p>{text(schedule, 'note')}</p>}
            </>
          ) : (
            <p>Opening times are not confirmed yet.</p>
          )}

          <h2>More details</h2>
          <dl className="facts">
            <dt>Level of need</dt>
            <dd>{termLabels(levelsOfNeed, list(data, 'levelOfNeed'))}</dd>
            {list(data, 'needs').length > 0 && (
              <>
                <dt>Helps with</dt>
                <dd>{termLabels(specificNeeds, list(data, 'needs'))}</dd>
              </>
            )}
            <dt>Status</dt>
            <dd>{status ? termLabel(serviceStatuses, status) : ''}</dd>
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
