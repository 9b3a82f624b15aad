import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, fixChunkBounds, fragmentIds, readPagefindFile } from '../../src/lib/pagefind-files.ts';

const signed = (payload: Buffer) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle laid out as Pagefind 1.x writes it: entry file, meta file, word chunks and fragments. */
function bundle(chunks: { from: string; to: string; words: string[] }[]): string {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
  mkdirSync(join(dir, 'index'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_meta', wasm: 'en', page_count: 2 } } }),
  );
  const meta = [
    '1.6.0',
    [
      ['en_aaa', 300, ''],
      ['en_bbb', 12, ''],
    ],
    chunks.map((chunk, i) => [chunk.from, chunk.to, `en_c${String(i)}`]),
    [['type', 'en_f0']],
    [],
  ];
  writeFileSync(join(dir, 'pagefind.en_meta.pf_meta'), signed(encodeCbor(meta)));
  chunks.forEach((chunk, i) => {
    const words = chunk.words.map((word) => [word, [[0, [-25, 3, 70000]]]]);
    writeFileSync(join(dir, 'index', `en_c${String(i)}.pf_index`), signed(encodeCbor([words])));
  });
  return dir;
}

describe('Pagefind files', () => {
  it('decodes and re-encodes CBOR byte for byte', () => {
    const value = ['1.6.0', [0, 23, 24, 255, 256, 65535, 65536, -1, -25, -300], ['', 'é', 'x'.repeat(300)]];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
  });

  it('sets each chunk’s upper bound to the last word it holds, so the browser needs no fallback', () => {
    const path = bundle([
      { from: '0', to: 'a', words: ['0', 'a'] },
      { from: 'ab', to: 'auti', words: ['about', 'autism', 'autist'] },
      { from: 'auto', to: 'zoo', words: ['auto', 'zoo'] },
    ]);
    expect(fixChunkBounds(path)).toBe(1);
    const meta = decodeCbor(readPagefindFile(join(path, 'pagefind.en_meta.pf_meta'))) as unknown[];
    expect((meta[2] as string[][]).map((chunk) => [chunk[0], chunk[1]])).toEqual([
      ['0', 'a'],
      ['ab', 'autist'],
      ['auto', 'zoo'],
    ]);
    // Everything else is as Pagefind wrote it.
    expect(meta[1]).toEqual([
      ['en_aaa', 300, ''],
      ['en_bbb', 12, ''],
    ]);
  });

  it('refuses files it does not understand instead of writing a broken index', () => {
    const path = bundle([{ from: 'a', to: 'b', words: ['a', 'b'] }]);
    writeFileSync(join(path, 'pagefind.en_meta.pf_meta'), gzipSync(Buffer.from('something else')));
    expect(() => fixChunkBounds(path)).toThrow(/signature/);
    const other = bundle([{ from: 'a', to: 'b', words: ['a', 'c'] }]);
    expect(() => fixChunkBounds(other)).toThrow(/does not end with a word starting "b"/);
  });

  it('maps every URL to its result id, from single fragments and fragment groups', () => {
    const path = bundle([{ from: 'a', to: 'b', words: ['a', 'b'] }]);
    const fragment = (url: string) => ({ url, content: 'x', meta: { title: 'X' } });
    writeFileSync(
      join(path, 'fragment', 'en_aaa.pf_fragment'),
      signed(Buffer.from(JSON.stringify(fragment('/services/a/')))),
    );
    writeFileSync(
      join(path, 'fragment', 'en_group.pf_fragment'),
      signed(Buffer.from(JSON.stringify({ en_bbb: fragment('/grants/b/'), en_ccc: fragment('/guides/c/') }))),
    );
    expect(Object.fromEntries(fragmentIds(path))).toEqual({
      '/services/a/': 'en_aaa',
      '/grants/b/': 'en_bbb',
      '/guides/c/': 'en_ccc',
    });
    expect(
      gunzipSync(readFileSync(join(path, 'fragment', 'en_aaa.pf_fragment')))
        .subarray(0, 12)
        .toString(),
    ).toBe('pagefind_dcd');
  });
});
