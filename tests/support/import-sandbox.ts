/**
 * The import tests' sandbox (tests/unit/import-feeds.test.ts, tests/content/import-feeds.test.ts):
 * before each test a temporary folder whose content/ holds the export fixture's organisations,
 * removed after it; a file or folder imported into it as `npm run import` does, with the area's
 * postcode lookup and boundaries and a fixed import day.
 */
import { afterEach, beforeEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromRead, type ImportPlan } from '../../src/lib/import/importer.ts';
import { orukJsonToRecords, type ReadOptions } from '../../src/lib/import/oruk-reader.ts';
import type { ReadResult } from '../../src/lib/import/records.ts';
import { csvToRecords, tableToRecords } from '../../src/lib/open-data/csv.ts';
import { loadSource } from '../../src/lib/import/sources.ts';
import { loadGazetteer, type Gazetteer } from '../../src/lib/import/places.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { parseMarkdown, type ParsedMarkdown } from '../../src/lib/content/front-matter.ts';

/** The import fixtures: a council's feeds, a connector's spreadsheet and their mappings. */
export const importFixtures = 'tests/fixtures/import';
/** The import day the tests import on (each foreign record's `imported.date`). */
export const importToday = '2026-12-06';

export interface ImportSandbox {
  /** This test's temporary folder (the import's project root). */
  readonly dir: string;
  /** Its content/ folder, holding the export fixture's organisations at the start of each test. */
  readonly contentDir: string;
  readonly gazetteer: Gazetteer;
  readonly boundaries: ReturnType<typeof loadBoundaries>;
  /** Reads a file or folder as the import does (feed, CSV or Excel) and plans its import into the sandbox. */
  importPath(path: string, options?: ReadOptions): Promise<ImportPlan>;
  /** Plans the import of records already read. */
  plan(read: ReadResult): ImportPlan;
  /** A service file of the sandbox's content, parsed. */
  serviceFile(slug: string): ParsedMarkdown;
}

export function useImportSandbox(prefix = 'local-offer-import-feeds-'): ImportSandbox {
  const gazetteer = loadGazetteer();
  const boundaries = loadBoundaries();
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    cpSync('tests/fixtures/export-content/organisations', join(dir, 'content', 'organisations'), { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const sandbox: ImportSandbox = {
    get dir() {
      return dir;
    },
    get contentDir() {
      return join(dir, 'content');
    },
    gazetteer,
    boundaries,
    plan: (read) => planFromRead(read, { contentDir: sandbox.contentDir, projectRoot: dir, boundaries }),
    async importPath(path, options = {}) {
      const source = await loadSource(path);
      const readOptions = { gazetteer, today: importToday, ...options };
      return sandbox.plan(
        source.kind === 'feed'
          ? orukJsonToRecords(source.pages, readOptions)
          : source.kind === 'csv'
            ? csvToRecords(source.text, source.sourceName, readOptions)
            : tableToRecords(source.table, source.sourceName, readOptions),
      );
    },
    serviceFile: (slug) => parseMarkdown(readFileSync(join(sandbox.contentDir, 'services', `${slug}.md`), 'utf8')),
  };
  return sandbox;
}
