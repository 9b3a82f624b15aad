import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decodeCbor,
  encodeCbor,
  fragmentIds,
  packWords,
  readPagefindFile,
  rechunkIndex,
} from '../../src/lib/search/pagefind-files.ts';

const signed = (payload: Buffer) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bundle laid out as Pagefind 1.x writes it: entry file, meta file, word chunks and fragments. */
function bundle(chunks: { from: string; to: string; words: string[] }[], positions = [-25, 3, 70000]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-files-'));
  dirs.push(dir);
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
    const words = chunk.words.map((word) => [word, [[0, positions]]]);
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

  it('packs words into chunks of at most the limit, a bigger word alone', () => {
    const sizes: Record<string, number> = { a: 3, b: 4, c: 12, d: 2, e: 2, f: 5 };
    expect(packWords(Object.keys(sizes), (word) => sizes[word] ?? 0, 10)).toEqual([['a', 'b'], ['c'], ['d', 'e', 'f']]);
  });

  it('re-packs the word index, each chunk bounded by its real first and last words', () => {
    // Pagefind's shortened bound "auti" would leave "autism" outside its own chunk.
    const path = bundle(
      [
        { from: '0', to: 'a', words: ['0', 'a'] },
        { from: 'ab', to: 'auti', words: ['about', 'autism', 'autist'] },
        { from: 'auto', to: 'zoo', words: ['auto', 'zoo'] },
      ],
      Array.from({ length: 6000 }, (_, i) => i),
    );
    const before = readdirSync(join(path, 'index'));
    expect(rechunkIndex(path)).toEqual({ before: 3, after: 3 });
    const meta = decodeCbor(readPagefindFile(join(path, 'pagefind.en_meta.pf_meta'))) as unknown[];
    const chunks = meta[2] as string[][];
    // 6,001 entries a word: three words to a chunk of at most 20,000.
    expect(chunks.map((chunk) => [chunk[0], chunk[1]])).toEqual([
      ['0', 'about'],
      ['autism', 'auto'],
      ['zoo', 'zoo'],
    ]);
    // The chunks named in the index file, and only they, are on disk; each holds its words unchanged.
    expect(readdirSync(join(path, 'index')).sort()).toEqual(chunks.map((chunk) => `${chunk[2] ?? ''}.pf_index`).sort());
    expect(readdirSync(join(path, 'index')).some((file) => before.includes(file))).toBe(false);
    const second = decodeCbor(readPagefindFile(join(path, 'index', `${chunks[1]?.[2] ?? ''}.pf_index`))) as unknown[][];
    expect(second[0]?.map((word) => (word as unknown[])[0])).toEqual(['autism', 'autist', 'auto']);
    // Everything else is as Pagefind wrote it.
    expect(meta[1]).toEqual([
      ['en_aaa', 300, ''],
      ['en_bbb', 12, ''],
    ]);
  });

  it('refuses files it does not understand instead of writing a broken index', () => {
    const path = bundle([{ from: 'a', to: 'b', words: ['a', 'b'] }]);
    writeFileSync(join(path, 'pagefind.en_meta.pf_meta'), gzipSync(Buffer.from('something else')));
    expect(() => rechunkIndex(path)).toThrow(/signature/);
    const other = bundle([{ from: 'a', to: 'c', words: ['c', 'a'] }]);
    expect(() => rechunkIndex(other)).toThrow(/unexpected word entry/);
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
