/** Reads every markdown file of every collection from a content folder on disk. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { parseMarkdown } from './front-matter.ts';
import type { ContentFile, ContentProblem } from './types.ts';

export interface ReadContentResult {
  files: ContentFile[];
  problems: ContentProblem[];
}

/** A markdown file of a collection: where it is on disk, and its path from the project root. */
export interface ContentFileLocation {
  collection: CollectionName;
  fullPath: string;
  path: string;
}

/** Every markdown file of every collection in a content folder, in a stable order. */
export function contentFileLocations(contentDir: string, projectRoot = process.cwd()): ContentFileLocation[] {
  return collectionNames.flatMap((collection) => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const fullPath = join(dir, name);
        return { collection, fullPath, path: relative(projectRoot, fullPath).split('\\').join('/') };
      });
  });
}

export function readContentFolder(contentDir: string, projectRoot = process.cwd()): ReadContentResult {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const { collection, fullPath, path } of contentFileLocations(contentDir, projectRoot)) {
    try {
      const { data, body } = parseMarkdown(readFileSync(fullPath, 'utf8'));
      files.push({ collection, path, data, body });
    } catch (error) {
      problems.push({ path, field: '(front matter)', message: (error as Error).message });
    }
  }
  return { files, problems };
}
