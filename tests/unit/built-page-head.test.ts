import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headOf } from '../../src/lib/built-page-head.ts';
import { metaPolicyOf } from '../../src/lib/csp.ts';

const work = mkdtempSync(join(tmpdir(), 'security-headers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const meta = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;

describe('reading the head of a built page', () => {
  it('stops at </head>, across blocks and split characters', () => {
    // A head longer than one block, with a character of three bytes astride the first block's end.
    const filler = `<meta name="description" content="${'a'.repeat(8190 - 60)}€€€">`;
    const html = `<!doctype html><html><head>${filler}${meta}</head><body><p>${'Body. '.repeat(5000)}</p></body></html>`;
    const file = join(work, 'long.html');
    writeFileSync(file, html);
    const head = headOf(file);
    expect(head).toBe(html.slice(0, html.indexOf('</head>')));
    expect(head).toContain('€€€');
    expect(metaPolicyOf(head)).toBe("script-src 'self' 'sha256-abc='");
  });

  it('reads the whole page when it has no </head>', () => {
    const file = join(work, 'headless.html');
    writeFileSync(file, `<p>No head</p>${meta}`);
    expect(headOf(file)).toBe(`<p>No head</p>${meta}`);
  });
});
