/**
 * Reads (and, in one place, rewrites) the files Pagefind writes, after it has
 * written them. Pagefind 1.x stores its index as gzipped CBOR behind the
 * signature `pagefind_dcd`; fragments are gzipped JSON behind the same signature.
 *
 * Two jobs, both run by the build (src/integrations/pagefind.ts):
 * - `fragmentIds`: the result id (page hash) of every indexed URL, so that the
 *   search page can sort results from a file of its own (src/lib/search/sort.ts).
 * - `rechunkIndex`: re-packs the word index. A search fetches the one chunk whose
 *   word range holds each word. Pagefind fills a chunk until it passes 20,000 entries
 *   (pages and positions), so a common word arrives with up to 20,000 entries of its
 *   neighbours, and which neighbours depends on every word of the site: a common
 *   word's chunk changed size from one build to the next (docs/benchmarks.md).
 *   It also shortens each chunk's upper bound to the shortest prefix that tells it
 *   from the next chunk ("auti" for a chunk ending in "autistic"), so a word such as
 *   "autism" sorts after its own chunk's bound; the browser then falls back to every
 *   chunk whose shortened bounds could hold it, often a large unrelated one as well.
 *   Re-packed, a chunk holds at most 20,000 entries unless
 *   one word alone is bigger (then that word is alone), and is bounded by its real
 *   first and last words. Words and their entries are copied unchanged. (Upstream
 *   fixed one case of such bounds, "apple -> app", in Pagefind PR #996,
 *   https://github.com/Pagefind/pagefind/pull/996; 1.6 still writes bounds like "auti".)
 *
 * The meta file is checked to re-encode byte for byte before anything is written; every
 * word of a chunk is decoded and checked, then copied as the bytes Pagefind wrote. Any
 * surprise in the format (another signature, another layout, words out of order)
 * throws, so a Pagefind upgrade that changes the format fails the build instead of
 * shipping a broken index.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const SIGNATURE = Buffer.from('pagefind_dcd', 'utf8');

type Cbor = number | string | Cbor[];

/** The payload of a Pagefind file: gunzipped, signature checked and removed. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${path} does not start with Pagefind's signature: has Pagefind's file format changed?`);
  }
  return data.subarray(SIGNATURE.length);
}

/** Level 9 pays for the index file every search loads (5% smaller); word chunks gain nothing from it but time. */
function writePagefindFile(path: string, payload: Buffer, level = 6): void {
  writeFileSync(path, gzipSync(Buffer.concat([SIGNATURE, payload]), { level }));
}

/** A reader of the CBOR subset Pagefind's index uses: unsigned and negative integers, text and definite arrays. */
function cborReader(data: Buffer): { item: () => Cbor; listHead: () => number; at: () => number } {
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`Unexpected CBOR length code ${String(info)} in a Pagefind file`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + (data[at + i] ?? 0);
    at += size;
    return value;
  };
  const read = (): { major: number; value: number } => {
    const head = data[at];
    if (head === undefined) throw new Error('A Pagefind file ended early');
    at += 1;
    return { major: head >> 5, value: argument(head & 31) };
  };
  const item = (): Cbor => {
    const { major, value } = read();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      const text = data.toString('utf8', at, at + value);
      at += value;
      return text;
    }
    if (major === 4) {
      const list: Cbor[] = [];
      for (let i = 0; i < value; i++) list.push(item());
      return list;
    }
    throw new Error(`Unexpected CBOR type ${String(major)} in a Pagefind file`);
  };
  const listHead = (): number => {
    const { major, value } = read();
    if (major !== 4) throw new Error(`Unexpected CBOR type ${String(major)} where a Pagefind file has a list`);
    return value;
  };
  return { item, listHead, at: () => at };
}

/** Decodes the CBOR subset Pagefind's index uses: unsigned and negative integers, text and definite arrays. */
export function decodeCbor(data: Buffer): Cbor {
  const reader = cborReader(data);
  const result = reader.item();
  if (reader.at() !== data.length) throw new Error('A Pagefind file has data after its index');
  return result;
}

/** Encodes like Pagefind's encoder (minicbor): shortest lengths, definite arrays. */
export function encodeCbor(value: Cbor): Buffer {
  let out = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  const room = (bytes: number) => {
    if (at + bytes <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
    out.copy(bigger, 0, 0, at);
    out = bigger;
  };
  const head = (major: number, n: number) => {
    room(5);
    if (n < 24) out[at++] = (major << 5) | n;
    else if (n < 0x100) {
      out[at++] = (major << 5) | 24;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = (major << 5) | 25;
      out.writeUInt16BE(n, at);
      at += 2;
    } else if (n < 0x100000000) {
      out[at++] = (major << 5) | 26;
      out.writeUInt32BE(n, at);
      at += 4;
    } else throw new Error('Number too large for a Pagefind file');
  };
  const write = (item: Cbor) => {
    if (typeof item === 'number') head(item < 0 ? 1 : 0, item < 0 ? -1 - item : item);
    else if (typeof item === 'string') {
      const length = Buffer.byteLength(item, 'utf8');
      head(3, length);
      room(length);
      at += out.write(item, at, 'utf8');
    } else {
      head(4, item.length);
      item.forEach(write);
    }
  };
  write(value);
  return Buffer.from(out.subarray(0, at));
}

const isList = (value: Cbor | undefined): value is Cbor[] => Array.isArray(value);

/** The CBOR head of a definite array of `count` items, as encodeCbor writes it. */
function listHead(count: number): Buffer {
  if (count < 24) return Buffer.from([0x80 | count]);
  if (count < 0x100) return Buffer.from([0x98, count]);
  const head = Buffer.alloc(count < 0x10000 ? 3 : 5);
  if (count < 0x10000) {
    head[0] = 0x99;
    head.writeUInt16BE(count, 1);
  } else if (count < 0x100000000) {
    head[0] = 0x9a;
    head.writeUInt32BE(count, 1);
  } else throw new Error('Too many words for a Pagefind file');
  return head;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

function entryOf(bundleDir: string): Entry {
  return JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as Entry;
}

/** Pagefind's chunk size: the number of page entries and word positions a chunk holds before it is closed. */
export const CHUNK_LIMIT = 20_000;

/**
 * A word of the index: the word with its diacritics and combining marks taken off, the pages
 * that have it so, and its variants as the pages wrote them (`["اٹزم", [], [["آٹزم", pages]]]`):
 * the browser strips the marks off a query word, finds the bare word, then scores its variants.
 * Every part is kept: without the variants, "آٹزم", most Bengali words and "café" find nothing.
 */
type Word = [word: string, pages: Cbor[], ...rest: Cbor[]];

/** A word of the index with the bytes that encode it in Pagefind's file. */
interface RawWord {
  word: Word;
  bytes: Buffer;
}

const wordSizeOf = (raw: RawWord) => wordSize(raw.word);

const pagesSize = (pages: Cbor | undefined) =>
  isList(pages)
    ? pages.reduce<number>((sum, page) => sum + 1 + (isList(page) && isList(page[1]) ? page[1].length : 0), 0)
    : 0;

/** A word's size as Pagefind counts it: one per page it is on, plus one per position, its variants' included. */
export function wordSize(word: readonly unknown[]): number {
  const [, pages, variants] = word as Cbor[];
  const ofVariants = isList(variants)
    ? variants.reduce<number>((sum, variant) => sum + (isList(variant) ? pagesSize(variant[1]) : 0), 0)
    : 0;
  return pagesSize(pages) + ofVariants;
}

/**
 * Packs words (in order) into chunks of at most `limit` entries, except that a word
 * bigger than that has a chunk of its own. Pagefind closes a chunk only after it
 * passes the limit, so a common word arrives with up to `limit` entries of other words.
 * Words are added one at a time and each chunk is handed to `emit` as soon as it is
 * closed, so that a large index is never held whole.
 */
export function wordPacker<T>(
  size: (word: T) => number,
  emit: (chunk: T[]) => void,
  limit = CHUNK_LIMIT,
): { add: (word: T) => void; finish: () => void } {
  let current: T[] = [];
  let total = 0;
  return {
    add: (word) => {
      const own = size(word);
      if (current.length > 0 && total + own > limit) {
        emit(current);
        current = [];
        total = 0;
      }
      current.push(word);
      total += own;
    },
    finish: () => {
      if (current.length > 0) emit(current);
      current = [];
      total = 0;
    },
  };
}

/** `wordPacker` over a list: the chunks, in order. */
export function packWords<T>(words: readonly T[], size: (word: T) => number, limit = CHUNK_LIMIT): T[][] {
  const chunks: T[][] = [];
  const packer = wordPacker(size, (chunk: T[]) => chunks.push(chunk), limit);
  for (const word of words) packer.add(word);
  packer.finish();
  return chunks;
}

function decodeExactly(path: string): Cbor {
  const payload = readPagefindFile(path);
  const value = decodeCbor(payload);
  if (!encodeCbor(value).equals(payload)) throw new Error(`${path}: cannot re-encode Pagefind's file exactly`);
  return value;
}

/**
 * Re-packs the word index of every language in the bundle (see above): each chunk
 * holds at most CHUNK_LIMIT entries unless one word alone is bigger, and is bounded
 * by its real first and last words. Returns the number of chunks before and after.
 */
export function rechunkIndex(bundleDir: string): { before: number; after: number } {
  const entry = entryOf(bundleDir);
  if (!entry.version.startsWith('1.')) {
    throw new Error(`Pagefind ${entry.version}: rechunkIndex knows the files of Pagefind 1 only`);
  }
  const result = { before: 0, after: 0 };
  for (const { hash } of Object.values(entry.languages)) {
    const path = join(bundleDir, `pagefind.${hash}.pf_meta`);
    const meta = decodeExactly(path);
    // MetaIndex: [version, pages, index_chunks: [from, to, hash][], filters, sorts]
    const chunks = isList(meta) ? meta[2] : undefined;
    if (!isList(meta) || typeof meta[0] !== 'string' || !isList(chunks)) {
      throw new Error(`${path}: unexpected layout: has Pagefind's file format changed?`);
    }
    const language = hash.replace(/_[^_]*$/, '');
    const indexDir = join(bundleDir, 'index');
    // New chunks are written while old ones are still to be read: a new name never takes an old one's.
    const oldNames = new Set(chunks.map((chunk) => (isList(chunk) ? String(chunk[2]) : '')));
    const written = new Set<string>();
    const newChunks: [string, string, string][] = [];
    // Each word is copied as the bytes Pagefind wrote (decoded only to check it and to count its size):
    // encoding every word again was most of this step's time, for the same bytes.
    const packer = wordPacker(wordSizeOf, (chunkWords: RawWord[]) => {
      const payload = Buffer.concat([
        listHead(1),
        listHead(chunkWords.length),
        ...chunkWords.map((word) => word.bytes),
      ]);
      const digest = createHash('sha256').update(payload).digest('hex');
      const nameOf = (length: number) => `${language}_${digest.slice(0, length)}`;
      let length = 7;
      while (written.has(nameOf(length)) || oldNames.has(nameOf(length))) length += 1;
      const name = nameOf(length);
      written.add(name);
      writePagefindFile(join(indexDir, `${name}.pf_index`), payload);
      newChunks.push([chunkWords[0]?.word[0] ?? '', chunkWords.at(-1)?.word[0] ?? '', name]);
    });
    const oldFiles: string[] = [];
    let previous = '';
    for (const chunk of chunks) {
      const [from, to, chunkHash] = isList(chunk) ? chunk : [];
      if (typeof from !== 'string' || typeof to !== 'string' || typeof chunkHash !== 'string') {
        throw new Error(`${path}: unexpected chunk entry: has Pagefind's file format changed?`);
      }
      const file = join(indexDir, `${chunkHash}.pf_index`);
      // WordIndex: [words: [word, pages: [page, positions][], variants: [word, pages][]][]]
      const payload = readPagefindFile(file);
      const reader = cborReader(payload);
      const count = reader.listHead() === 1 ? reader.listHead() : 0;
      if (count === 0) throw new Error(`${file}: unexpected layout: has Pagefind's format changed?`);
      for (let i = 0; i < count; i++) {
        const start = reader.at();
        const word = reader.item();
        if (!isList(word) || typeof word[0] !== 'string' || !isList(word[1]) || word[0] < previous) {
          throw new Error(`${file}: unexpected word entry: has Pagefind's file format changed?`);
        }
        previous = word[0];
        packer.add({ word: [word[0], word[1], ...word.slice(2)], bytes: payload.subarray(start, reader.at()) });
      }
      if (reader.at() !== payload.length)
        throw new Error(`${file}: data after its words: has Pagefind's format changed?`);
      oldFiles.push(file);
    }
    packer.finish();
    for (const file of oldFiles) rmSync(file);
    meta[2] = newChunks;
    // The file keeps its name: Pagefind's hash of its own output, so a build of the same content gives the same
    // file. Written at the highest gzip level, which makes this file about 5% smaller than Pagefind's own.
    writePagefindFile(path, encodeCbor(meta), 9);
    result.before += chunks.length;
    result.after += newChunks.length;
  }
  return result;
}

/**
 * The result id (Pagefind's page hash, `result.id` in the browser) of every page in
 * the bundle, by URL. Reads single fragment files and fragment groups alike.
 */
export function fragmentIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const parsed = JSON.parse(readPagefindFile(join(dir, file)).toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: not a Pagefind fragment`);
    const record = parsed as Record<string, unknown>;
    // A single page's fragment has a url; a group maps page ids to fragments.
    const pages = typeof record.url === 'string' ? { [file.replace(/\.pf_fragment$/, '')]: record } : record;
    for (const [id, fragment] of Object.entries(pages)) {
      const url = (fragment as { url?: unknown } | null)?.url;
      if (typeof url !== 'string') throw new Error(`${file}: a fragment without a URL: has Pagefind's format changed?`);
      ids.set(url, id);
    }
  }
  return ids;
}
