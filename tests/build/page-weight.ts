/**
 * What one built page weighs: its HTML, the CSS and JavaScript it loads or inlines,
 * and its images. Used by the budget tests and by the benchmark (npm run bench).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface ImageInfo {
  src: string;
  hasSize: boolean;
  hasAlt: boolean;
  loading: string | undefined;
}

export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline <style> plus linked stylesheets, uncompressed. */
  cssBytes: number;
  /** Inline scripts (JavaScript only, not JSON data blocks), uncompressed. */
  inlineJsBytes: number;
  /** External scripts and module preloads, uncompressed. */
  externalJsBytes: number;
  externalScripts: string[];
  images: ImageInfo[];
  /** What a first visit downloads, gzip where a server would compress: HTML, CSS, JS, and image files. */
  transferBytes: number;
}

const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Script types that run as JavaScript (JSON-LD and other data blocks do not). */
const isJavaScript = (type: string | undefined): boolean =>
  type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

/** Reads sizes of assets once across many pages: a site shares a few stylesheets and scripts. */
export class AssetSizes {
  private readonly sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  readonly distDir: string;
  // No parameter property: the bench runs this file with Node's type stripping, which does not support them.
  constructor(distDir: string) {
    this.distDir = distDir;
  }

  /** Size of a root-relative asset URL, or zero if it is external or not built (the link checker reports those). */
  of(url: string): { bytes: number; gzipBytes: number } {
    if (!url.startsWith('/') || url.startsWith('//')) return { bytes: 0, gzipBytes: 0 };
    const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
    let size = this.sizes.get(path);
    if (!size) {
      try {
        const data = readFileSync(join(this.distDir, path));
        size = {
          bytes: data.length,
          gzipBytes: /\.(png|jpe?g|webp|avif|gif|woff2?)$/i.test(path) ? data.length : gzipSize(data),
        };
      } catch {
        size = { bytes: 0, gzipBytes: 0 };
      }
      this.sizes.set(path, size);
    }
    return size;
  }
}

/** Static imports of a built JavaScript module (`import{a}from"./x.js"`, `import"./y.js"`), not `import()`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map(
    (match) => (match[1] ?? match[2]) as string,
  );
}

/** A root-relative script and every module it imports statically, once each: what the browser loads. */
function scriptGraph(url: string, distDir: string, seen: Set<string>): string[] {
  const path = url.replace(/[?#].*$/, '');
  if (!path.startsWith('/') || path.startsWith('//') || seen.has(path)) return [];
  seen.add(path);
  let code: string;
  try {
    code = readFileSync(join(distDir, decodeURIComponent(path)), 'utf8');
  } catch {
    return [path];
  }
  const imported = staticImports(code).map((specifier) => new URL(specifier, `http://site${path}`).pathname);
  return [path, ...imported.flatMap((child) => scriptGraph(child, distDir, seen))];
}

export function pageWeight(html: string, assets: AssetSizes): PageWeight {
  let cssBytes = 0;
  let cssGzip = 0;
  let inlineJsBytes = 0;
  let externalJsBytes = 0;
  let externalJsGzip = 0;
  let imageBytes = 0;
  const externalScripts: string[] = [];
  // Scripts count with the modules they import; each module once per page.
  const loaded = new Set<string>();
  const addScript = (url: string) => {
    for (const path of scriptGraph(url, assets.distDir, loaded)) {
      externalScripts.push(path);
      const size = assets.of(path);
      externalJsBytes += size.bytes;
      externalJsGzip += size.gzipBytes;
    }
  };
  const images: ImageInfo[] = [];
  let inside: 'style' | 'script' | undefined;
  let text = '';

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (tag === 'link' && rel.includes('stylesheet') && attributes.href) {
          const size = assets.of(attributes.href);
          cssBytes += size.bytes;
          cssGzip += size.gzipBytes;
        } else if (tag === 'link' && rel.includes('modulepreload') && attributes.href) {
          addScript(attributes.href);
        } else if (tag === 'astro-island') {
          // An island loads its component and its framework's renderer as modules.
          for (const url of [attributes['component-url'], attributes['renderer-url']]) if (url) addScript(url);
        } else if (tag === 'script' && attributes.src !== undefined) {
          if (attributes.src.startsWith('/') && !attributes.src.startsWith('//')) addScript(attributes.src);
          else externalScripts.push(attributes.src);
        } else if (tag === 'script' && isJavaScript(attributes.type)) {
          inside = 'script';
          text = '';
        } else if (tag === 'style') {
          inside = 'style';
          text = '';
        } else if (tag === 'img') {
          images.push({
            src: attributes.src ?? '',
            hasSize: Boolean(attributes.width) && Boolean(attributes.height),
            hasAlt: attributes.alt !== undefined,
            loading: attributes.loading,
          });
          // SVG is text that hosts send compressed, like HTML; other images are compressed already.
          const size = assets.of(attributes.src ?? '');
          imageBytes += /\.svg([?#]|$)/i.test(attributes.src ?? '') ? size.gzipBytes : size.bytes;
        }
      },
      ontext(data) {
        if (inside) text += data;
      },
      onclosetag(tag) {
        if (inside === 'script' && tag === 'script') inlineJsBytes += Buffer.byteLength(text);
        if (inside === 'style' && tag === 'style') cssBytes += Buffer.byteLength(text);
        if (tag === inside) inside = undefined;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();

  const htmlGzipBytes = gzipSize(html);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes,
    cssBytes,
    inlineJsBytes,
    externalJsBytes,
    externalScripts,
    images,
    transferBytes: htmlGzipBytes + cssGzip + externalJsGzip + imageBytes,
  };
}
