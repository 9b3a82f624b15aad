import { load } from 'js-yaml';
// Decap CMS 3 writes front matter with yaml 1.x; the same release, under its own name (package.json).
import decapYaml from 'decap-yaml';
import type { Schema } from 'decap-yaml/types';

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  body: string;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a markdown file into its YAML front matter and body, as Astro's glob
 * loader does. Throws with a plain message when the front matter is missing or
 * is not valid YAML.
 */
export function parseMarkdown(text: string): ParsedMarkdown {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const match = frontMatterPattern.exec(withoutBom);
  if (!match) {
    throw new Error('has no front matter: the file must start with a line "---", the fields, then another "---"');
  }
  const [, yamlText = '', body = ''] = match;
  let data: unknown;
  try {
    // js-yaml, as Astro's own glob loader uses: the same reading of every value (dates such as
    // 2021-02-09 become Date objects), and about ten times faster than the yaml package over
    // 10,000 files.
    data = load(yamlText);
  } catch (error) {
    throw new Error(`has front matter that is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`, {
      cause: error,
    });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('has front matter that is not a set of "field: value" lines');
  }
  return { data: data as Record<string, unknown>, body };
}

/**
 * A markdown file with YAML front matter written exactly as Decap CMS writes it
 * (decap-cms-core's yaml and frontmatter formatters): the yaml 1.x library Decap bundles, with
 * its defaults (block lists, long text folded at 80 columns, quotes only where needed), top-level
 * fields in the CMS form's order (`fieldOrder`; fields it does not name keep their place after),
 * and the body after the closing `---`. Files in `content/` are kept in this form
 * (scripts/normalise-content.ts), so saving an entry in the CMS changes only the lines edited.
 */
export function serialiseMarkdown(
  data: Record<string, unknown>,
  body: string,
  fieldOrder: readonly string[] = [],
): string {
  const node = decapYaml.createNode(data) as unknown as { items: { key?: { toString: () => string } }[] };
  const rank = (key: string | undefined) => (key === undefined ? -1 : fieldOrder.indexOf(key));
  // Decap's comparator (formats/helpers.ts sortKeys): keys it does not know compare as equal.
  node.items.sort((a, b) => {
    const [left, right] = [rank(a.key?.toString()), rank(b.key?.toString())];
    return left === -1 || right === -1 ? 0 : left - right;
  });
  const document = new decapYaml.Document();
  document.contents = node as unknown as typeof document.contents;
  const yamlText = document.toString().trim();
  const frontMatter = yamlText === '{}' ? '' : `---\n${yamlText}\n---\n`;
  // gray-matter adds a line break after the body and Decap then ensures the file ends with one.
  const file = frontMatter + (body.endsWith('\n') ? body : `${body}\n`);
  return file;
}

// Decap reads only full ISO timestamps as dates (decap-cms-core formats/yaml.ts); 2021-02-09 stays text.
const decapTimestamp = {
  identify: (value: unknown) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (text: string) => new Date(text),
  stringify: (item: { value: unknown }) => (item.value as Date).toISOString(),
};

/**
 * A markdown file read as Decap CMS reads it before an edit: front matter through yaml 1.x with
 * Decap's timestamp rule, the body exactly as it follows the closing `---` line. With
 * serialiseMarkdown, this is what the CMS does to a file it saves unchanged.
 */
export function parseMarkdownAsDecap(text: string): ParsedMarkdown {
  const match = frontMatterPattern.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('has no front matter: the file must start with a line "---", the fields, then another "---"');
  const [, yamlText = '', body = ''] = match;
  const document = decapYaml.parseDocument(yamlText, {
    customTags: [decapTimestamp as unknown as Schema.Tag],
    prettyErrors: true,
  });
  if (document.errors.length > 0) {
    throw new Error(`has front matter that is not valid YAML: ${document.errors.map((error) => error.message).join('; ')}`);
  }
  const data: unknown = document.toJSON() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('has front matter that is not a set of "field: value" lines');
  }
  return { data: data as Record<string, unknown>, body };
}
