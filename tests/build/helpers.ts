/** Helpers for tests that read the built site in dist/. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = process.env.DIST_DIR ?? 'dist';

export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}/: run "npm run build" first (npm test does this).`);
  }
}

/** The HTML of a built page, from its URL path ("/services/kooth/"). */
export function page(urlPath: string): string {
  const file = join(distDir, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  return readFileSync(file, 'utf8');
}

/** The visible text of a page's <main>, tags stripped and whitespace collapsed. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every built HTML file, as paths relative to dist/. */
export function allPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/**
 * A new folder for a test's own build, inside the project (in `.astro/`, which
 * git ignores). Astro writes a build's temporary prerender files next to its
 * output folder, but to one shared `.astro/.prerender` when the output is
 * outside the working directory: two such builds at once broke each other.
 */
export function testBuildDir(name: string): string {
  const parent = join(process.cwd(), '.astro', 'test-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${name}-`));
}
