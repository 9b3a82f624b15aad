/**
 * Writes the Open Referral UK feed's one-file-per-service records
 * (/data/oruk/services/{id}.json) from its pages (page-N.json) after the build.
 *
 * The pages already hold every record whole. Rendering each record as its own
 * Astro route cost router and renderer time per file, a large share of a big
 * build; copying the records out of the pages costs little (docs/benchmarks.md).
 * `astro dev` still serves each record from
 * src/pages/data/oruk/services/[id].json.ts, which builds none.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUuid } from '../lib/open-data/uuid.ts';
import { orukJsonText, orukPageFile, orukServicesDir } from '../lib/open-data/oruk.ts';
import type { OrukPage, OrukService } from '../schemas/oruk/service.ts';

const pageNumberOf = (file: string) => Number(/\d+/.exec(file)?.[0]);

/**
 * Writes one file per record found in the feed's pages in `outDir`, and the whole feed as one
 * page (`services.json`, the same text as `orukJsonText` of it), a record at a time; returns
 * how many records.
 */
export function writeOrukRecords(outDir: string): number {
  const servicesDir = join(outDir, orukServicesDir);
  if (!existsSync(servicesDir)) return 0;
  const pages = readdirSync(servicesDir)
    .filter((file) => orukPageFile.test(file))
    .sort((a, b) => pageNumberOf(a) - pageNumberOf(b));
  const whole = openSync(join(outDir, `${orukServicesDir}.json`), 'w');
  let written = 0;
  try {
    for (const file of pages) {
      const page = JSON.parse(readFileSync(join(servicesDir, file), 'utf8')) as OrukPage<OrukService>;
      if (written === 0) {
        const { contents: _contents, ...head } = page;
        const header = orukJsonText({
          ...head,
          page_number: 1,
          size: page.total_items,
          first_page: true,
          last_page: true,
          total_pages: 1,
          contents: [],
        });
        // Everything before the records: the page's fields in their order, then the open list.
        writeSync(whole, page.total_items === 0 ? header : `${header.slice(0, header.lastIndexOf('[]'))}[\n`);
        if (page.total_items === 0) break;
      }
      for (const record of page.contents) {
        const text = orukJsonText(record).trimEnd();
        writeSync(whole, `${written === 0 ? '' : ',\n'}    ${text.replace(/\n/g, '\n    ')}`);
        writeRecord(servicesDir, file, record);
        written += 1;
      }
    }
    if (written > 0) writeSync(whole, '\n  ]\n}\n');
  } finally {
    closeSync(whole);
  }
  return written;
}

function writeRecord(servicesDir: string, file: string, record: OrukService): void {
  // A record's id names its file: only the ids the feed makes (UUIDs) may, never a path.
  if (!isUuid(record.id)) {
    throw new Error(`${orukServicesDir}/${file}: record id "${record.id}" is not a UUID, so it cannot name a file`);
  }
  writeFileSync(join(servicesDir, `${record.id}.json`), orukJsonText(record));
}

export function orukRecords(): AstroIntegration {
  return {
    name: 'local-offer:oruk-records',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = writeOrukRecords(fileURLToPath(dir));
        if (written === 0) return;
        const ms = Math.round(performance.now() - started);
        logger.info(`${String(written)} ORUK service records written from the feed's pages in ${String(ms)} ms.`);
      },
    },
  };
}
