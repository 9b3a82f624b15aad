/**
 * A place named in a query becomes the area filter of the search page's state:
 * "autism near Erdington" is searched as "autism" with the Erdington filter, which
 * the page shows as a chip that removes it. A query that is only a place keeps the
 * place as its words too, so the area's own pages come first.
 */
import type { SearchState } from '../state.ts';
import { understandQuery } from './understand.ts';
import type { QueryLexicon } from './types.ts';

export function placeAsFilter(
  state: SearchState,
  lexicon: QueryLexicon,
): { state: SearchState; place?: { typed: string; locality: string } } {
  if (!state.query || (state.filters.locality?.length ?? 0) > 0) return { state };
  const { place, withoutPlace } = understandQuery(state.query, lexicon);
  if (!place) return { state };
  return {
    state: {
      ...state,
      query: withoutPlace === '' ? state.query : withoutPlace,
      filters: { ...state.filters, locality: [place.locality] },
      pages: 1,
    },
    place: { typed: place.typed, locality: place.locality },
  };
}
