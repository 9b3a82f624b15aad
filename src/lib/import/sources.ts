/**
 * Where an import's records come from: a CSV or Excel file, a JSON feed file, a folder of feed
 * page files, or a feed's address with its paging followed. Input the import cannot use at all
 * (empty, broken JSON, neither feed nor spreadsheet, an Excel file with several sheets) throws an
 * InputError whose one-line message names the file and what to do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { pagingOf, servicesIn } from './oruk-reader.ts';

export class InputError extends Error {}

export interface FeedPage {
  json: unknown;
  sourceName: string;
}

export interface Table {
  headers: string[];
  /** Each row with its line (row number) in the sheet. */
  rows: { line: number; cells: string[] }[];
}

export type LoadedSource =
  | { kind: 'feed'; sourceName: string; pages: FeedPage[] }
  | { kind: 'csv'; sourceName: string; text: string }
  | { kind: 'xlsx'; sourceName: string; table: Table };

function parseFeed(text: string, sourceName: string): FeedPage {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(
      `${sourceName}: is not valid JSON (${(error as Error).message}): check the file is the whole feed, saved as it was downloaded`,
    );
  }
  if (servicesIn(json) === undefined) {
    throw new InputError(
      `${sourceName}: is JSON but not an Open Referral feed (no service records, "contents" or "content"): check it is the /services feed`,
    );
  }
  return { json, sourceName };
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value as string | number | boolean);
};

async function loadXlsx(path: string, sourceName: string): Promise<Table> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(path);
  } catch (error) {
    throw new InputError(
      `${sourceName}: is not a readable Excel file (${(error as Error).message}): save it again from Excel as .xlsx`,
    );
  }
  if (sheets.length > 1) {
    throw new InputError(
      `${sourceName}: has ${String(sheets.length)} sheets (${sheets.map((s) => `"${s.sheet}"`).join(', ')}): save the sheet to import as its own file (or delete the others) and import that`,
    );
  }
  const data = sheets[0]?.data ?? [];
  const [header = [], ...rows] = data;
  if (header.length === 0)
    throw new InputError(`${sourceName}: the sheet is empty: put the column names in the first row`);
  return {
    headers: header.map(cellText),
    rows: rows.map((cells, index) => ({ line: index + 2, cells: cells.map(cellText) })),
  };
}

/** Reads a file or a folder of feed pages. */
export async function loadSource(path: string): Promise<LoadedSource> {
  const sourceName = basename(path);
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder: check the path`);
  if (statSync(path).isDirectory()) {
    const names = readdirSync(path)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (names.length === 0) throw new InputError(`${path}: the folder holds no .json feed pages`);
    return {
      kind: 'feed',
      sourceName,
      // Every page carries the folder's name: a record moving to another page is still the same record.
      pages: names.map((name) => ({
        ...parseFeed(readFileSync(join(path, name), 'utf8'), `${sourceName}/${name}`),
        sourceName,
      })),
    };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return { kind: 'xlsx', sourceName, table: await loadXlsx(path, sourceName) };
  if (extension === '.xls' || extension === '.ods' || extension === '.numbers') {
    throw new InputError(
      `${sourceName}: this kind of spreadsheet is not read: save it as .xlsx or .csv and import that`,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputError(`${sourceName}: is empty: check you exported the right file`);
  if (extension === '.json' || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''))) {
    return { kind: 'feed', sourceName, pages: [parseFeed(text, sourceName)] };
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (
    text.includes('\u0000') ||
    !/[,;\t]/.test(firstLine) ||
    (extension !== '.csv' && extension !== '.txt' && extension !== '')
  ) {
    throw new InputError(
      `${sourceName}: is neither an Open Referral feed (JSON) nor a spreadsheet (CSV with a header row, or .xlsx): export the directory as one of those`,
    );
  }
  return { kind: 'csv', sourceName, text };
}

export interface FetchOptions {
  /** Pause between pages, to be polite to the publisher's server. */
  delayMs?: number;
  timeoutMs?: number;
  maxPages?: number;
  log?: (message: string) => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a feed from its address, following its pages (`?page=N`) to the last. */
export async function fetchFeed(address: string, options: FetchOptions = {}): Promise<LoadedSource> {
  const { delayMs = 500, timeoutMs = 30_000, maxPages = 1000 } = options;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InputError(
      `${address}: is not a web address: give the feed's full address, e.g. https://example.org/api/services`,
    );
  }
  const sourceName = `${url.host}${url.pathname}`;
  const pages: FeedPage[] = [];
  for (let page = Number(url.searchParams.get('page') ?? '1'); pages.length < maxPages; page += 1) {
    const pageUrl = new URL(url);
    pageUrl.searchParams.set('page', String(page));
    if (pages.length > 0) await pause(delayMs);
    options.log?.(`Reading ${pageUrl.href}`);
    let text: string;
    try {
      const response = await fetch(pageUrl, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`the server answered ${String(response.status)} ${response.statusText}`);
      text = await response.text();
    } catch (error) {
      throw new InputError(
        `${pageUrl.href}: could not be read (${(error as Error).message}): check the address, or try later`,
      );
    }
    const feedPage = parseFeed(text, `${sourceName}?page=${String(page)}`);
    pages.push(feedPage);
    const paging = pagingOf(feedPage.json);
    if (!paging || paging.page >= paging.totalPages || (servicesIn(feedPage.json) ?? []).length === 0) break;
  }
  return { kind: 'feed', sourceName, pages: pages.map((p) => ({ ...p, sourceName })) };
}
