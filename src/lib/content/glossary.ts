/**
 * Plain words: the first use of each glossary term in a page's text links to its
 * explanation on the glossary page, as plain HTML made at build time (so it works
 * without JavaScript). A rehype step in the markdown pipeline
 * (`safeRehypePlugins`), after the sanitiser: the links are ours, not the editor's.
 *
 * The terms are read from content/glossary/ when the Astro config loads, since
 * markdown plugins are set up before the content collections exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { glossarySchema } from '../../schemas/glossary.ts';
import { parseMarkdown } from './front-matter.ts';

export interface GlossaryTerm {
  /** The entry's id: its anchor on the glossary page. */
  id: string;
  /** The term and its other forms, as pages write them. */
  forms: readonly string[];
}

/**
 * The glossary's terms from a content folder's glossary/ files. A file that fails its
 * schema is left out here: the content check that runs before the build reports it.
 */
export function readGlossaryTerms(contentDir: string): GlossaryTerm[] {
  const folder = join(contentDir, 'glossary');
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.md'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    try {
      const parsed = glossarySchema.safeParse(parseMarkdown(readFileSync(join(folder, file), 'utf8')).data);
      if (!parsed.success) return [];
      return [{ id: file.replace(/\.md$/, ''), forms: [parsed.data.term, ...parsed.data.alsoWritten] }];
    } catch {
      return [];
    }
  });
}

/** Abbreviation-like forms (two capitals in a word: SEND, PfA, EHC plan) match only as written. */
export function matchesOnlyAsWritten(form: string): boolean {
  return form.split(/\s+/).some((word) => (word.match(/\p{Lu}/gu) ?? []).length >= 2);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whitespace in a form matches any run of spaces (a line break in the markdown, a no-break space). */
const pattern = (form: string) => escapeRegExp(form.trim()).replace(/\s+/g, '\\s+');

export interface GlossaryMatcher {
  /** Each term's first use in `text` at or after `from`, earliest first; a longer form wins at the same place. */
  find: (text: string, skip: ReadonlySet<string>) => { index: number; length: number; id: string } | undefined;
}

/** One regular expression per case rule, over every form, longest first. */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const idOf = new Map<string, string>();
  const exact: string[] = [];
  const anyCase: string[] = [];
  for (const term of terms) {
    for (const form of term.forms) {
      const key = form.trim().replace(/\s+/g, ' ');
      if (matchesOnlyAsWritten(key)) {
        idOf.set(key, term.id);
        exact.push(key);
      } else {
        idOf.set(key.toLocaleLowerCase('en-GB'), term.id);
        anyCase.push(key);
      }
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  // Whole words only: letters or digits on either side mean it is part of another word.
  const compile = (forms: string[], flags: string) =>
    forms.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.sort(byLength).map(pattern).join('|')})(?![\\p{L}\\p{N}])`, flags);
  const expressions = [compile(exact, 'gu'), compile(anyCase, 'giu')].filter((re) => re !== undefined);
  return {
    find(text, skip) {
      let best: { index: number; length: number; id: string } | undefined;
      for (const expression of expressions) {
        expression.lastIndex = 0;
        for (let match = expression.exec(text); match; match = expression.exec(text)) {
          const key = match[0].replace(/\s+/g, ' ');
          const id = idOf.get(key) ?? idOf.get(key.toLocaleLowerCase('en-GB'));
          if (id === undefined || skip.has(id)) continue;
          if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
            best = { index: match.index, length: match[0].length, id };
          }
          break;
        }
      }
      return best;
    },
  };
}

/** Elements whose text is never linked: links already, headings, code, and glossary-made terms. */
const untouchable = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'dfn', 'button']);

export interface GlossaryLinkOptions {
  terms: readonly GlossaryTerm[];
  /** The glossary page's path, e.g. "/glossary/" (or a full URL from the young people's site). */
  glossaryPath: string;
}

function glossaryLink(text: string, id: string, glossaryPath: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `${glossaryPath}#${id}`, className: ['glossary-link'] },
    children: [
      { type: 'text', value: text },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ' (what this means)' }],
      },
    ],
  };
}

/**
 * Links the first use of each glossary term in a document to its entry. A glossary
 * entry's own text (a file under glossary/) does not link to itself.
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const matcher = glossaryMatcher(options.terms);
  return (tree: Root, file?: { path?: string; history?: string[] }): void => {
    if (options.terms.length === 0) return;
    const linked = new Set<string>();
    const path = file?.path ?? file?.history?.[0] ?? '';
    const own = /[\\/]glossary[\\/]([^\\/]+)\.md$/.exec(path)?.[1];
    if (own) linked.add(own);
    const visit = (node: Root | Element): void => {
      const children = node.children as (RootContent | ElementContent)[];
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (!child) continue;
        if (child.type === 'element') {
          if (!untouchable.has(child.tagName)) visit(child);
          continue;
        }
        if (child.type !== 'text') continue;
        const found = matcher.find(child.value, linked);
        if (!found) continue;
        linked.add(found.id);
        const before: Text = { type: 'text', value: child.value.slice(0, found.index) };
        const after: Text = { type: 'text', value: child.value.slice(found.index + found.length) };
        const link = glossaryLink(
          child.value.slice(found.index, found.index + found.length),
          found.id,
          options.glossaryPath,
        );
        const replacement = [before, link, after].filter((part) => part.type !== 'text' || part.value !== '');
        children.splice(i, 1, ...(replacement as typeof children));
        // Carry on with the text after the link (the next index that is still text), for the other terms.
        i += replacement.length - (after.value === '' ? 1 : 2);
      }
    };
    visit(tree);
  };
}
