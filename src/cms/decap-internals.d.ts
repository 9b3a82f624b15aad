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

/** Decap's number control, which the "not above" widget extends (src/cms/widgets/NotAboveNumberControl.tsx). */
declare module 'decap-cms-widget-number' {
  import type { Component } from 'react';
  export interface NumberControlProps {
    field: { get: (key: string, fallback?: unknown) => unknown };
    value: unknown;
    /** The entry as it is now (the `entry` prop can be stale). */
    getEntry: () => { getIn: (path: readonly string[]) => unknown };
    t: (key: string, options?: object) => string;
  }
  export type Validity = true | { error: { type?: string; message: string } };
  export class NumberControl extends Component<NumberControlProps> {
    isValid: () => Validity;
  }
  const widget: { controlComponent: typeof NumberControl; previewComponent: unknown };
  export default widget;
}

/** Decap's own front matter formatter: the tests check that content files are in the form it writes. */
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export function frontmatterYAML(): {
    fromFile: (text: string) => Record<string, unknown>;
    toFile: (data: Record<string, unknown>, sortedKeys: readonly string[], comments: Record<string, string>) => string;
  };
}

/**
 * Decap's i18n: how it reads an entry of a `single_file` collection into one object per locale, and
 * assembles the file it saves. The tests run a translated file through it (tests/unit/cms-translations.test.ts).
 */
declare module 'decap-cms-core/dist/esm/lib/i18n.js' {
  import type { Map as ImmutableMap } from 'immutable';
  export function getI18nEntry(
    collection: ImmutableMap<string, unknown>,
    extension: string,
    path: string,
    slug: string,
    getEntryValue: (path: string) => Promise<{ data: unknown; path: string; raw: string; slug: string }>,
  ): Promise<{ data: unknown; i18n?: unknown; path: string; raw: string; slug: string }>;
  export function getI18nFiles(
    collection: ImmutableMap<string, unknown>,
    extension: string,
    entryDraft: ImmutableMap<string, unknown>,
    entryToRaw: (entryDraft: ImmutableMap<string, unknown>) => string,
    path: string,
    slug: string,
    newPath?: string,
  ): { path: string; slug: string; raw: string; newPath?: string }[];
  /** Runs `serializeValues` over each non-default locale's data before a save (actions/entries getSerializedEntry). */
  export function serializeI18n(
    collection: ImmutableMap<string, unknown>,
    entry: ImmutableMap<string, unknown>,
    serializeValues: (data: unknown) => unknown,
  ): ImmutableMap<string, unknown>;
}

/**
 * Decap's string templates, which make a collection's list line from its `summary`
 * (lib/formatters summaryFormatter); tests/unit/cms-config.test.ts runs the summaries through it.
 */
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  import type { Map as ImmutableMap } from 'immutable';
  export function compileStringTemplate(
    template: string,
    date: Date | undefined | null,
    identifier?: string,
    data?: ImmutableMap<string, unknown>,
    processor?: (value: string) => string,
  ): string;
}
