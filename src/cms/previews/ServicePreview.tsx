/**
 * The CMS preview of a service: the same sections and classes as src/pages/services/[id].astro,
 * its lists of facts from the same description (src/lib/directory/service-facts.ts).
 */
import { serviceStatuses, termLabel } from '../../schemas/taxonomy.ts';
import { daysLabel } from '../../lib/directory/labels.ts';
import { serviceFactSections } from '../../lib/directory/service-facts.ts';
import { date, entryData, list, object, optionalNumber, text, type PreviewProps } from './entry-data.ts';
import { FactSection } from './FactSection.tsx';

export default function ServicePreview({ entry, widgetFor }: PreviewProps) {
  const data = entryData(entry);
  const contact = object(data, 'contact');
  const cost = object(data, 'cost');
  const schedule = object(data, 'schedule');
  const regular = Array.isArray(schedule.regular) ? (schedule.regular as Record<string, unknown>[]) : [];
  const locations = Array.isArray(data.locations) ? (data.locations as Record<string, unknown>[]) : [];
  const status = text(data, 'status');
  const optional = (value: string) => value || undefined;
  const [essentials, where, more] = serviceFactSections(
    {
      kind: optional(text(data, 'kind')),
      categories: list(data, 'categories'),
      audiences: list(data, 'audiences'),
      minimumAge: optionalNumber(data, 'minimumAge'),
      maximumAge: optionalNumber(data, 'maximumAge'),
      eligibilityDescription: optional(text(data, 'eligibilityDescription')),
      cost: { type: optional(text(cost, 'type')), detail: optional(text(cost, 'detail')) },
      applicationProcess: text(data, 'applicationProcess'),
      accessRoutes: list(data, 'accessRoutes'),
      localities: list(data, 'localities'),
      neighbourhood: optional(text(data, 'neighbourhood')),
      delivery: list(data, 'delivery'),
      locations: locations.map((location) => ({
        name: optional(text(location, 'name')),
        address: optional(text(location, 'address')),
        postcode: optional(text(location, 'postcode')),
        confidential: location.confidential === true,
      })),
      levelOfNeed: list(data, 'levelOfNeed'),
      needs: list(data, 'needs'),
      languages: list(data, 'languages'),
      interpreterAvailable: typeof data.interpreterAvailable === 'boolean' ? data.interpreterAvailable : undefined,
      interpretationServices: optional(text(data, 'interpretationServices')),
      accessibility: optional(text(data, 'accessibility')),
      anonymous: data.anonymous === true,
      status: optional(status),
      assuredDate: date(data, 'assuredDate'),
      assurerRole: text(data, 'assurerRole'),
      source: text(data, 'source'),
    },
    text(data, 'organisation') ? { name: text(data, 'organisation') } : undefined,
  );
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

          <FactSection section={essentials} />

          <h2>About this service</h2>
          <div className="service__body">{widgetFor('body')}</div>

          <h2>Contact</h2>
          <ul>
            {phone && <li>Phone: {phone}</li>}
            {email && <li>Email: {email}</li>}
            {website && <li>Website: {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</li>}
          </ul>
          {!phone && <p className="notice">A phone number for this service is not confirmed yet.</p>}

          <FactSection section={where} />

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

          <FactSection section={more} />
        </article>
      </div>
    </main>
  );
}
