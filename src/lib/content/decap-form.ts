/**
 * Content files in the form Decap CMS writes them, so that saving an entry in the CMS changes
 * only the lines that were edited: the git history connectors rely on then shows what changed.
 * `npm run content:normalise` rewrites content/ in this form once; the importer writes it too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CollectionName } from '../../schemas/index.ts';
import { contentFileLocations } from './files.ts';
import { fileFieldOrder } from '../../schemas/form-order.ts';
import { parseMarkdownAsDecap, serialiseMarkdown } from './front-matter.ts';

/** One entry's file as the CMS writes it: fields in the form's order, Decap's YAML style. */
export function writeAsDecap(collection: CollectionName, data: Record<string, unknown>, body: string): string {
  return serialiseMarkdown(data, body, fileFieldOrder(collection));
}

/** A file's text after the CMS opens it and saves it unchanged. */
export function asDecapWrites(collection: CollectionName, text: string): string {
  const { data, body } = parseMarkdownAsDecap(text);
  return writeAsDecap(collection, data, body);
}

export interface NormaliseResult {
  /** Paths (relative to the project root) whose text is not, or was not, in the CMS's form. */
  changed: string[];
  /** Files that could not be read, with the reason. */
  problems: { path: string; message: string }[];
}

/** Finds (and with `write`, rewrites) every markdown file of every collection not in the CMS's form. */
export function normaliseContentFolder(
  contentDir: string,
  { write = false, projectRoot = process.cwd() }: { write?: boolean; projectRoot?: string } = {},
): NormaliseResult {
  const result: NormaliseResult = { changed: [], problems: [] };
  for (const { collection, fullPath, path } of contentFileLocations(contentDir, projectRoot)) {
    const text = readFileSync(fullPath, 'utf8');
    let normalised: string;
    try {
      normalised = asDecapWrites(collection, text);
    } catch (error) {
      result.problems.push({ path, message: (error as Error).message });
      continue;
    }
    if (normalised === text) continue;
    result.changed.push(path);
    if (write) writeFileSync(fullPath, normalised, 'utf8');
  }
  return result;
}
