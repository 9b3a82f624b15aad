/**
 * The items of the map page's two lists. The page renders the first ones on the
 * server with these components (no JavaScript), and the island renders them from
 * the data files when filters, distance or "Show more" change them: one markup,
 * so the lists look and read the same before and after the script runs.
 *
 * Labels come from the page's language (`text`); names, summaries and addresses are
 * written in English and marked so (`sourceLang`) on a translated page.
 */
import type { MapService } from '../../lib/map/marker-data.ts';
import { formatMessage, type Vars } from '../../i18n/format.ts';
import type { MapIslandText } from '../../i18n/map-text.ts';

interface ItemsProps {
  services: readonly MapService[];
  /** Path prefix of service pages, e.g. "/services/" or "/ur/services/". */
  serviceBase: string;
  /** The island's words in the page's language, and that language's tag. */
  text: MapIslandText;
  lang: string;
  /** The `lang` of text written in English: undefined on English pages. */
  sourceLang?: string | undefined;
}

interface UnlocatedItemsProps extends ItemsProps {
  /**
   * On a translated page, the name of each area a service covers: locality names as the area
   * writes them (marked as English), "citywide" and "online" in the page's language.
   * Without it the services file's own label is shown.
   */
  areaNames?: Readonly<Record<string, { label: string; lang?: string | undefined }>> | undefined;
}

interface LocatedItemsProps extends ItemsProps {
  /** "1.2 miles from B15", when sorting by distance. */
  distanceOf?: ((service: MapService) => string | undefined) | undefined;
  /**
   * Whether the map is there to show a service on. Each item has a "Show on map"
   * button, hidden until then (and without JavaScript); the island handles their
   * clicks on the list (`data-show-on-map` is the service's index), so that the
   * page's own items work too before the island renders the list itself.
   */
  mapReady?: boolean | undefined;
}

const sayer = (text: MapIslandText, lang: string) => (key: keyof MapIslandText, vars?: Vars) =>
  formatMessage(text[key], lang, vars);

function ServiceName({
  service,
  serviceBase,
  sourceLang,
}: Pick<ItemsProps, 'serviceBase' | 'sourceLang'> & { service: MapService }) {
  return (
    <h3 className="map-results__name">
      <a href={`${serviceBase}${service.id}/`} lang={sourceLang}>
        {service.name}
      </a>
    </h3>
  );
}

export function LocatedItems({
  services,
  serviceBase,
  text,
  lang,
  sourceLang,
  distanceOf,
  mapReady = false,
}: LocatedItemsProps) {
  const say = sayer(text, lang);
  return (
    <>
      {services.map((service) => {
        const distance = distanceOf?.(service);
        return (
          <li className="map-results__item" data-map-item="" data-service={service.id} key={service.id}>
            <ServiceName service={service} serviceBase={serviceBase} sourceLang={sourceLang} />
            {distance && (
              <p className="map-results__distance" data-distance="">
                {distance}
              </p>
            )}
            <p lang={sourceLang}>{service.summary}</p>
            <p className="map-results__facts">
              <span>{say('map.cost', { label: service.costLabel })}</span>
              <span>{say('map.ages', { label: service.ageLabel })}</span>
            </p>
            <button
              type="button"
              className="button button--secondary map-results__show"
              aria-label={say('map.showOnMapOf', { name: service.name })}
              data-show-on-map={service.index}
              hidden={!mapReady}
            >
              {say('map.showOnMap')}
            </button>
            <ul className="map-results__places">
              {service.places.map((line, i) =>
                line ? (
                  <li key={i} lang={sourceLang}>
                    {line}
                  </li>
                ) : (
                  <li key={i}>{say('map.addressOnMap')}</li>
                ),
              )}
            </ul>
          </li>
        );
      })}
    </>
  );
}

/** "Areas: Erdington, Whole city", with each locality's name marked as English on a translated page. */
function Areas({
  service,
  say,
  lang,
  areaNames,
}: {
  service: MapService;
  say: ReturnType<typeof sayer>;
  lang: string;
  areaNames: UnlocatedItemsProps['areaNames'];
}) {
  if (!areaNames) return <span>{say('map.areas', { label: service.areasLabel })}</span>;
  const [before = '', after = ''] = say('map.areas').split('{label}');
  const names = service.areas.map((area) => areaNames[area] ?? { label: area });
  const parts = new Intl.ListFormat(lang, { style: 'short', type: 'unit' }).formatToParts(names.map((n) => n.label));
  let item = 0;
  return (
    <span>
      {before}
      {parts.map((part, i) => {
        if (part.type === 'literal') return part.value;
        const name = names[item++];
        return (
          <span key={i} lang={name?.lang}>
            {part.value}
          </span>
        );
      })}
      {after}
    </span>
  );
}

export function UnlocatedItems({ services, serviceBase, text, lang, sourceLang, areaNames }: UnlocatedItemsProps) {
  const say = sayer(text, lang);
  return (
    <>
      {services.map((service) => (
        <li className="map-results__item" data-map-item="" data-service={service.id} key={service.id}>
          <ServiceName service={service} serviceBase={serviceBase} sourceLang={sourceLang} />
          <p lang={sourceLang}>{service.summary}</p>
          <p className="map-results__facts">
            <span>{service.noFixedPlace}</span>
            <Areas service={service} say={say} lang={lang} areaNames={areaNames} />
            <span>{say('map.cost', { label: service.costLabel })}</span>
          </p>
        </li>
      ))}
    </>
  );
}
