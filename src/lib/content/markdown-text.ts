/**
 * Markdown held in front matter (a translated description) rendered exactly as a file's
 * body is: the same sanitiser, external-link and glossary steps (markdown.ts), so a
 * translation is no less safe than the English.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { siteConfig } from '../../site.config.ts';
import { withBase } from '../urls.ts';
import { readGlossaryTerms } from './glossary.ts';
import { safeRehypePlugins } from './markdown.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdownText(text: string): Promise<string> {
  renderer ??= unified({
    smartypants: false,
    rehypePlugins: safeRehypePlugins({
      siteOrigins: [siteConfig.siteUrl, siteConfig.youngSite.siteUrl],
      glossary: {
        terms: readGlossaryTerms(process.env.CONTENT_DIR ?? './content'),
        glossaryPath: withBase('/glossary/'),
      },
    }),
  }).createRenderer({ syntaxHighlight: false });
  return (await renderer).render(text).then((result) => result.code);
}
