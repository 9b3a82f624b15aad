/** Element ids shared by the map page's server-rendered parts, its script and its island. */
export const mapDom = {
  /** The heading the "Skip the map" link jumps to. */
  resultsHeading: 'map-results',
  /** The list of services with a place on the map. */
  locatedList: 'map-located-list',
  /** The list of services with no fixed place. */
  unlocatedList: 'map-unlocated-list',
  /** The element Leaflet draws the map in (the page's, not the island's). */
  canvas: 'service-map-canvas',
  /** The status line the island keeps up to date ("Showing 12 services: ..."). */
  summary: 'service-map-summary',
  /** Where the island says when the map or its data could not be loaded. */
  problem: 'service-map-problem',
} as const;

/** How the map page's script tells the island's directive (hydrate-after-map.ts) that the first render is over. */
export const mapSettled = {
  /** Set on <html> once the map has drawn (or failed). */
  attribute: 'data-map-settled',
  /** Dispatched on the document at the same time. */
  event: 'service-map-settled',
} as const;
