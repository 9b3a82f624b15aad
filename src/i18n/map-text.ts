/**
 * The words of the map page's island (src/components/map/ServiceMap.tsx) and of its Leaflet
 * map (map-view.ts): the `map.*` strings of one language they use, passed as props (and in the
 * canvas's config) so that their bundles hold no language. Only the keys they show, so that
 * the page's serialised props stay small.
 */
import type { LanguageDefinition, Message, StringKey } from './types.ts';

export const mapIslandKeys = [
  'map.filtersTitle',
  'map.any',
  'map.clear',
  'map.nearTitle',
  'map.nearHint',
  'map.postcodeLabel',
  'map.postcodeHint',
  'map.error',
  'map.sort',
  'map.useLocation',
  'map.stopSorting',
  'map.services',
  'map.places',
  'map.summary',
  'map.showingAll',
  'map.showingSome',
  'map.showMore',
  'map.loadFailed',
  'map.mapFailed',
  'map.usualOrder',
  'map.sortedFrom',
  'map.nearest',
  'map.notPostcode',
  'map.unknownPostcode',
  'map.thatPostcode',
  'map.noGeolocation',
  'map.finding',
  'map.notShared',
  'map.yourLocation',
  'map.miles',
  'map.distanceFrom',
  'map.cost',
  'map.ages',
  'map.areas',
  'map.showOnMap',
  'map.showOnMapOf',
  'map.addressOnMap',
  'map.locatedWhat',
  'map.unlocatedWhat',
] as const satisfies readonly StringKey[];

export const mapViewKeys = [
  'map.popupLoading',
  'map.placeServices',
  'map.placeLoading',
  'map.aService',
  'map.showDetails',
  'map.cluster',
  'map.zoomIn',
  'map.zoomOut',
  'map.cost',
  'map.boundariesCredit',
] as const satisfies readonly StringKey[];

export type MapIslandText = Readonly<Record<(typeof mapIslandKeys)[number], Message>>;
export type MapViewText = Readonly<Record<(typeof mapViewKeys)[number], Message>>;

function pick<Key extends StringKey>(language: LanguageDefinition, keys: readonly Key[]): Record<Key, Message> {
  return Object.fromEntries(keys.map((key) => [key, language.strings[key]])) as Record<Key, Message>;
}

export const mapIslandTextOf = (language: LanguageDefinition): MapIslandText => pick(language, mapIslandKeys);
export const mapViewTextOf = (language: LanguageDefinition): MapViewText => pick(language, mapViewKeys);
