/** Element ids shared by the map page's server-rendered lists and its island. */
export const mapDom = {
  /** The heading the "Skip the map" link jumps to. */
  resultsHeading: 'map-results',
  /** The list of services with a place on the map. */
  locatedList: 'map-located-list',
  /** The list of services with no fixed place. */
  unlocatedList: 'map-unlocated-list',
} as const;
