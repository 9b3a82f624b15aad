/**
 * The items of the map page's two lists. The page renders the first ones on the
 * server with these components (no JavaScript), and the island renders them from
 * the data files when filters, distance or "Show more" change them: one markup,
 * so the lists look and read the same before and after the script runs.
 */
import type { MapService } from '../../lib/map/marker-data.ts';

interface LocatedItemsProps {
  services: readonly MapService[];
  /** Path prefix of service pages, e.g. "/services/". */
  serviceBase: string;
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

function ServiceName({ service, serviceBase }: { service: MapService; serviceBase: string }) {
  return (
    <h3 className="map-results__name">
      <a href={`${serviceBase}${service.id}/`}>{service.name}</a>
    </h3>
  );
}

export function LocatedItems({ services, serviceBase, distanceOf, mapReady = false }: LocatedItemsProps) {
  return (
    <>
      {services.map((service) => {
        const distance = distanceOf?.(service);
        return (
          <li className="map-results__item" data-map-item="" data-service={service.id} key={service.id}>
            <ServiceName service={service} serviceBase={serviceBase} />
            {distance && (
              <p className="map-results__distance" data-distance="">
                {distance}
              </p>
            )}
            <p>{service.summary}</p>
            <p className="map-results__facts">
              <span>{`Cost: ${service.costLabel}`}</span>
              <span>{`Ages: ${service.ageLabel}`}</span>
            </p>
            <button
              type="button"
              className="button button--secondary map-results__show"
              aria-label={`Show on map: ${service.name}`}
              data-show-on-map={service.index}
              hidden={!mapReady}
            >
              Show on map
            </button>
            <ul className="map-results__places">
              {service.places.map((line, i) => (
                <li key={i}>{line || 'Address on the map'}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </>
  );
}

export function UnlocatedItems({ services, serviceBase }: { services: readonly MapService[]; serviceBase: string }) {
  return (
    <>
      {services.map((service) => (
        <li className="map-results__item" data-map-item="" data-service={service.id} key={service.id}>
          <ServiceName service={service} serviceBase={serviceBase} />
          <p>{service.summary}</p>
          <p className="map-results__facts">
            <span>{service.noFixedPlace}</span>
            <span>{`Areas: ${service.areasLabel}`}</span>
            <span>{`Cost: ${service.costLabel}`}</span>
          </p>
        </li>
      ))}
    </>
  );
}
