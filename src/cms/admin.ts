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
import { adminConfig, reviewDateWidget } from './config.ts';
import { backendFromEnv, localBackendUrl } from './backend.ts';
import type { AdminSettings } from './admin-settings.ts';
import ReviewDateControl from './widgets/ReviewDateControl.tsx';
import ReviewDatePreview from './widgets/ReviewDatePreview.tsx';
import ServicePreview from './previews/ServicePreview.tsx';
import GrantPreview from './previews/GrantPreview.tsx';
import ArticlePreview from './previews/ArticlePreview.tsx';

interface SavedEntry {
  get: (key: string) => unknown;
  getIn: (path: readonly string[]) => unknown;
}

/** Problems zod finds in the entry about to be saved, as lines an editor can act on. */
export function schemaProblems(collection: string, data: Record<string, unknown>): string[] {
  if (!(collection in collectionSchemas)) return [];
  const { body: _body, ...frontMatter } = data;
  const result = collectionSchemas[collection as CollectionName].safeParse(frontMatter);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(entry)'}: ${describeIssue(issue, frontMatter)}`,
  );
}

export function startAdmin({ role, env, siteUrl, serviceChoices }: AdminSettings): void {
  const config = adminConfig(role, {
    backend: backendFromEnv(env),
    localBackendUrl: localBackendUrl(env, window.location),
    ...(siteUrl ? { siteUrl } : {}),
    ...(serviceChoices ? { serviceChoices } : {}),
  });

  CMS.registerWidget(
    reviewDateWidget,
    ReviewDateControl as unknown as ComponentType<CmsWidgetControlProps>,
    ReviewDatePreview as unknown as ComponentType<CmsWidgetPreviewProps>,
  );
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
      const saved = entry as unknown as SavedEntry;
      const collection = String(saved.get('collection'));
      const data = (saved.getIn(['data']) as { toJS: () => Record<string, unknown> }).toJS();
      const problems = schemaProblems(collection, data);
      if (problems.length > 0) throw new Error(`please fix: ${problems.join('; ')}`);
      return undefined;
    },
  });

  CMS.init({ config });
}
