/**
 * Writes the site's vocabulary for spelling suggestions (spelling.ts): every word
 * of the indexed text of every page, with the number of pages that use it, one
 * JSON file per first letter in `pagefind/vocabulary/<language>/`, so the search
 * page fetches a few small files only when a typed word needs checking.
 * Build side only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldQuery } from './understand.ts';
import { vocabularyKey, type VocabularyFile } from './spelling.ts';

/** Where a language's vocabulary files are, relative to the site's root. */
export const vocabularyDir = (language: string): string => `pagefind/vocabulary/${language}/`;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’' };

/** The text of the element that carries `data-pagefind-body`, without tags, scripts or styles. */
export function indexedText(html: string): string {
  const marker = html.search(/<(\w+)[^>]*\sdata-pagefind-body/);
  if (marker < 0) return '';
  const tag = /^<(\w+)/.exec(html.slice(marker))?.[1] ?? '';
  const end = html.lastIndexOf(`</${tag}>`);
  return html
    .slice(marker, end > marker ? end : undefined)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** Counts, for each word, the pages that use it. */
export class VocabularyCounter {
  readonly pages = new Map<string, number>();

  addPage(text: string): void {
    const words = new Set(foldQuery(text).split(' '));
    for (const word of words) {
      if (word.length < 3 || word.length > 30 || !/^\p{L}[\p{L}']*$/u.test(word)) continue;
      this.pages.set(word, (this.pages.get(word) ?? 0) + 1);
    }
  }

  /** The files by key, each word list sorted by word. */
  files(): Map<string, VocabularyFile> {
    const files = new Map<string, VocabularyFile>();
    for (const [word, count] of [...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const key = vocabularyKey(word);
      const file = files.get(key) ?? [];
      file.push([word, count]);
      files.set(key, file);
    }
    return files;
  }

  /** Writes the files into `outDir` (the built site). Returns the number of words. */
  write(outDir: string, language: string): number {
    const dir = join(outDir, vocabularyDir(language));
    mkdirSync(dir, { recursive: true });
    for (const [key, file] of this.files()) writeFileSync(join(dir, `${key}.json`), JSON.stringify(file));
    return this.pages.size;
  }
}
