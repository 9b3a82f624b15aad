/**
 * Reading built pages after the build: the integrations that look at every page (the security
 * headers, the sitemap) need only what is in its `<head>`.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * A built page's text up to its `</head>`, where the policy's and the robots meta tags are: a few
 * KB of a page several times that size, read in blocks (the whole page when it has no `</head>`).
 */
export function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.alloc(8192);
    const decoder = new StringDecoder('utf8');
    let text = '';
    for (;;) {
      const read = readSync(fd, block, 0, block.length, null);
      if (read === 0) return text + decoder.end();
      text += decoder.write(block.subarray(0, read));
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end);
    }
  } finally {
    closeSync(fd);
  }
}
