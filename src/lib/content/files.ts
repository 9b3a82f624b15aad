/** Reads every markdown file of every collection from a content folder on disk. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames } from '../../schemas/index.ts';
import { parseMarkdown } from './front-matter.ts';
import type { ContentFile, ContentProblem } from './types.ts';

export interface ReadContentResult {
  files: ContentFile[];
  problems: ContentProblem[];
}

export function readContentFolder(contentDir: string, projectRoot = process.cwd()): ReadContentResult {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort();
    for (const name of names) {
      const fullPath = join(dir, name);
      const path = relative(projectRoot, fullPath).split('\\').join('/');
      try {
        const { data, body } = parseMarkdown(readFileSync(fullPath, 'utf8'));
        files.push({ collection, path, data, body });
      } catch (error) {
        problems.push({ path, field: '(front matter)', message: (error as Error).message });
      }
    }
  }
  return { files, problems };
}
