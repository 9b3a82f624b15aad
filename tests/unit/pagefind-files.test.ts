import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fragmentIds, readPagefindFile } from '../../src/lib/pagefind-files.ts';

const signed = (payload: Buffer) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Pagefind files', () => {
  it('maps every URL to its result id, from single fragments and fragment groups', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
    mkdirSync(join(dir, 'fragment'));
    const fragment = (url: string) => ({ url, content: 'x', meta: { title: 'X' } });
    writeFileSync(
      join(dir, 'fragment', 'en_aaa.pf_fragment'),
      signed(Buffer.from(JSON.stringify(fragment('/services/a/')))),
    );
    writeFileSync(
      join(dir, 'fragment', 'en_group.pf_fragment'),
      signed(Buffer.from(JSON.stringify({ en_bbb: fragment('/grants/b/'), en_ccc: fragment('/guides/c/') }))),
    );
    expect(Object.fromEntries(fragmentIds(dir))).toEqual({
      '/services/a/': 'en_aaa',
      '/grants/b/': 'en_bbb',
      '/guides/c/': 'en_ccc',
    });
  });

  it('refuses a file without Pagefind’s signature', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
    writeFileSync(join(dir, 'other'), gzipSync(Buffer.from('something else')));
    expect(() => readPagefindFile(join(dir, 'other'))).toThrow(/signature/);
  });
});
