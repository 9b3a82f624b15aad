/**
 * Some of Decap's dependencies read Node's `global`. The production bundle copes,
 * but Vite's dev server serves them unbundled ("global is not defined"), so the
 * admin defines it before Decap loads (imported first in ./admin.ts).
 */
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;

export {};
