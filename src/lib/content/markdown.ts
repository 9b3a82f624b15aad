/**
 * The Markdown pipeline for every content file (services, grants, pages, guides...).
 *
 * Content arrives from the CMS and from many editors, so it is treated as untrusted:
 * Astro 7's default processor copies raw HTML (`<script>`, `onerror=`, `javascript:`
 * links) into the page untouched. We use the unified (remark/rehype) processor instead
 * and run, in order:
 *
 * 1. rehype-raw: parse any raw HTML into real elements, so the sanitiser can judge it
 *    (Astro only does this after the user plugins, when it would be too late);
 * 2. rehype-sanitize with GitHub's schema, tightened (see `sanitiseSchema`);
 * 3. `rehypeExternalLinks`: mark links to other sites and make them safe;
 * 4. `rehypeGlossaryLinks` (./glossary.ts): the first use of each glossary term links to
 *    its plain explanation.
 *
 * Astro adds heading ids after these plugins, so headings keep their anchors.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitiseSchema } from 'rehype-sanitize';
import { rehypeGlossaryLinks, type GlossaryLinkOptions } from './glossary.ts';

/** Elements that never belong in listing text, even if GitHub allows them. */
const blockedTags = new Set(['input', 'img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed']);

/**
 * GitHub's schema (no script, style, iframe, form or event handler; only http, https and
 * mailto links), with four changes:
 * - the contents of style, template and similar elements are dropped, not shown as text;
 * - `tel:` links are allowed, because phone numbers are the most useful thing on a listing;
 * - images, media and form inputs are removed: listings are text, and a remote image would
 *   break the Content Security Policy (img-src 'self');
 * - `id` and `name` keep GitHub's `user-content-` prefix, so content cannot clobber the
 *   page's own ids (such as `main-content`, the skip link's target).
 */
export const sanitiseSchema: SanitiseSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !blockedTags.has(tag)),
  // Drop these elements with their contents (GitHub only drops script's): a stray style
  // sheet or template must not show up as text on a listing.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp'],
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel'],
  },
};

export interface ExternalLinkOptions {
  /** Our own origins (the Local Offer and the young people's site): links to them are internal. */
  siteOrigins: readonly string[];
}

/** True when an href leads to another website (absolute http or https on none of our origins). */
export function isExternalHref(href: string, siteOrigins: readonly string[]): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const origin = new URL(href).origin;
    return !siteOrigins.some((own) => new URL(own).origin === origin);
  } catch {
    return false;
  }
}

const hiddenMarker = (): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden'] },
  children: [{ type: 'text', value: ' (external site)' }],
});

function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

/**
 * Links to other sites get `rel="noopener noreferrer"` (the other site learns nothing
 * about which page sent the visitor, which matters on pages about abuse), a class for the
 * visible arrow, and hidden text "(external site)" for screen reader users. They open in
 * the same tab: new windows disorient people using screen magnifiers or readers.
 */
export function rehypeExternalLinks(options: ExternalLinkOptions) {
  return (tree: Root): void => {
    walk(tree, (element) => {
      if (element.tagName !== 'a') return;
      const href = element.properties.href;
      if (typeof href !== 'string' || !isExternalHref(href, options.siteOrigins)) return;
      element.properties.rel = ['noopener', 'noreferrer'];
      element.properties.className = ['external-link'];
      element.children.push(hiddenMarker());
    });
  };
}

/** The rehype plugins, in order, for `unified({ rehypePlugins })` in astro.config.mjs. */
export function safeRehypePlugins(options: ExternalLinkOptions & { glossary?: GlossaryLinkOptions }): RehypePlugins {
  const plugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitiseSchema], [rehypeExternalLinks, options]];
  if (options.glossary) plugins.push([rehypeGlossaryLinks, options.glossary]);
  return plugins;
}
