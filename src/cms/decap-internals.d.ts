/**
 * Decap's Redux store, which the "Mark as checked today" widget uses to set a
 * second field (the checker's role). Decap has no public API for a widget to
 * change another field; this is the store Decap's own editor dispatches to.
 */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    dispatch: (action: { type: string; payload: unknown }) => unknown;
    getState: () => { entryDraft: { getIn: (path: readonly string[]) => unknown } };
  };
}
