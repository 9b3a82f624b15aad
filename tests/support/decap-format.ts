/**
 * What Decap CMS itself does to a file it opens and saves unchanged, with its own code:
 * decap-cms-core's front matter formatter (fromFile, toFile) and the line break its backend
 * adds at the end (backend.ts, entryToRaw).
 */
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';

const formatter = frontmatterYAML();

export function decapReads(text: string): Record<string, unknown> {
  return formatter.fromFile(text);
}

export function decapWrites(data: Record<string, unknown>, fieldOrder: readonly string[]): string {
  const text = formatter.toFile(data, fieldOrder, {});
  return text.endsWith('\n') ? text : `${text}\n`;
}
