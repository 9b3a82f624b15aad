/**
 * The browser side of both admins: Decap CMS, bundled at build time from
 * decap-cms-app (no CDN script), with the generated config, the "Mark as checked
 * today" widget, preview templates in the site's own CSS, and a check of every
 * entry against its zod schema before it is saved.
 */
import './global-shim.ts';
import CMS from 'decap-cms-app';
import type { CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import siteCss from '../styles/global.css?raw';
import { collectionSchemas, type CollectionName } from '../schemas/index.ts';
import { describeIssue } from '../lib/content/validation.ts';
import { adminConfig, notAboveWidget, reviewDateWidget } from './config.ts';
import { textFor } from './field-text.ts';
import { backendFromEnv, localBackendUrl } from './backend.ts';
import type { AdminSettings } from './admin-settings.ts';
import { improveAdminAccessibility } from './admin-accessibility.ts';
import ReviewDateControl from './widgets/ReviewDateControl.tsx';
import ReviewDatePreview from './widgets/ReviewDatePreview.tsx';
import NotAboveNumberControl from './widgets/NotAboveNumberControl.tsx';
import numberWidget from 'decap-cms-widget-number';
import ServicePreview from './previews/ServicePreview.tsx';
import GrantPreview from './previews/GrantPreview.tsx';
import ArticlePreview from './previews/ArticlePreview.tsx';
import { fromFile, toFile, translationsFormat } from './translations-format.ts';

interface SavedEntry {
  get: (key: string) => unknown;
  getIn: (path: readonly string[]) => unknown;
}

/**
 * Problems zod finds in the entry about to be saved, as lines an editor can act on: each names
 * the field by its label in the form ("Checked by (role)"), not by its name in the file.
 * `ignore` leaves out rules that apply later (an article's reviewer is needed to publish, not to save).
 */
export function schemaProblems(
  collection: string,
  data: Record<string, unknown>,
  ignore: readonly string[] = [],
): string[] {
  if (!(collection in collectionSchemas)) return [];
  const { body: _body, ...frontMatter } = data;
  const result = collectionSchemas[collection as CollectionName].safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => !ignore.includes(issue.path.map(String).join('.')))
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? undefined : String(part))).filter(Boolean);
      const label = textFor(collection as CollectionName, path.join('.'))?.label;
      const value = issue.path.reduce<unknown>(
        (node, key) =>
          typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined,
        frontMatter,
      );
      // A rule about an empty field reads best as the rule itself ("is required before ...").
      const message =
        issue.code === 'custom' && (value === undefined || value === null || value === '')
          ? issue.message
          : describeIssue(issue, frontMatter);
      return `${label ?? (path.join('.') || 'This entry')}: ${message}`;
    });
}

/** Rules checked when an article is published rather than each time it is saved. */
const checkedOnPublish: Partial<Record<string, readonly string[]>> = { articles: ['reviewer'] };

function entryData(entry: unknown): { collection: string; data: Record<string, unknown> } {
  const saved = entry as SavedEntry;
  const data = (saved.getIn(['data']) as { toJS: () => Record<string, unknown> }).toJS();
  return { collection: String(saved.get('collection')), data };
}

export function startAdmin({ role, env, siteUrl, serviceChoices }: AdminSettings): void {
  const onThisComputer = ['localhost', '127.0.0.1'].includes(window.location.hostname);
  const config = adminConfig(role, {
    backend: backendFromEnv(env),
    localBackendUrl: localBackendUrl(env, window.location),
    // `npm run cms` outside a git clone: decap-server cannot hold articles for review.
    articleReview: !(onThisComputer && env.PUBLIC_CMS_LOCAL_REVIEW === 'off'),
    // "View Live" and the header link: the deployed site's address (SITE_URL), or this site.
    siteUrl: siteUrl ?? new URL(import.meta.env.BASE_URL, window.location.origin).href,
    ...(serviceChoices ? { serviceChoices } : {}),
  });

  CMS.registerWidget(
    reviewDateWidget,
    ReviewDateControl as unknown as ComponentType<CmsWidgetControlProps>,
    ReviewDatePreview as unknown as ComponentType<CmsWidgetPreviewProps>,
  );
  CMS.registerWidget(
    notAboveWidget,
    NotAboveNumberControl as unknown as ComponentType<CmsWidgetControlProps>,
    numberWidget.previewComponent as ComponentType<CmsWidgetPreviewProps>,
  );
  // Translated collections keep their files' shape under Decap's i18n (src/cms/translations-format.ts).
  CMS.registerCustomFormat(translationsFormat, 'md', { fromFile, toFile });
  CMS.registerPreviewStyle(siteCss, { raw: true });
  CMS.registerPreviewTemplate(
    'services',
    ServicePreview as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1],
  );
  CMS.registerPreviewTemplate('grants', GrantPreview as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1]);
  CMS.registerPreviewTemplate(
    'articles',
    ArticlePreview as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1],
  );

  // Decap checks each field on its own; the schema also checks rules across fields (an open
  // grant needs a closing date, a published article a reviewer). A preSave handler that throws
  // stops the save and Decap shows the message ("Failed to persist entry: ...").
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const { collection, data } = entryData(entry);
      const problems = schemaProblems(collection, data, checkedOnPublish[collection] ?? []);
      if (problems.length > 0) throw new Error(`please fix: ${problems.join('; ')}`);
      return undefined;
    },
  });
  // Publishing from the editorial workflow merges the article as it is; a prePublish handler
  // that throws stops it ("Failed to publish: ...") before anything reaches the site.
  CMS.registerEventListener({
    name: 'prePublish',
    handler: ({ entry }) => {
      const { collection, data } = entryData(entry);
      const problems = schemaProblems(collection, data);
      if (problems.length > 0) throw new Error(`before publishing, fill in: ${problems.join('; ')}`);
      return undefined;
    },
  });

  improveAdminAccessibility();
  preferPreviewPane();
  CMS.init({ config });
}

/**
 * Decap opens an entry of a translated collection with a second language's form beside the
 * English one (its i18n pane) unless the editor has chosen another pane. Most edits are in
 * English, so the preview stays the first view, and the other languages are one click away
 * (the "Toggle i18n" button); Decap remembers the choice on this computer.
 */
function preferPreviewPane(): void {
  const key = 'cms.right-pane'; // decap-cms-core Editor/EditorInterface.js RIGHT_PANE
  try {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, 'preview');
  } catch {
    // Storage blocked: Decap falls back to its own default.
  }
}
