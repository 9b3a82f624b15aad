/**
 * Wraps `make` so that a build runs it once and every later call shares the result.
 * In `astro dev` content changes under a running server, so there it runs on every call.
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    if (!made || import.meta.env?.DEV) made = make();
    return made;
  };
}
