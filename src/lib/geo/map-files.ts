/**
 * Where the static map files live. Pages show them with <img>; the endpoints that
 * draw them are src/pages/localities/map.svg.ts and src/pages/localities/[id]/*.svg.ts.
 */

/** The city map: every locality, labelled. */
export const cityMapPath = '/localities/map.svg';

/** A locality's map: its boundary highlighted among its neighbours, with a pin for each public place there. */
export function localityMapPath(localityId: string): string {
  return `/localities/${localityId}/map.svg`;
}

/** The same frame with no pins: service pages draw their own pins over it. */
export function localityBoundaryPath(localityId: string): string {
  return `/localities/${localityId}/boundary.svg`;
}
