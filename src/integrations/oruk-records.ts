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
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUuid } from '../lib/open-data/uuid.ts';
import { orukJsonText, orukPageFile, orukServicesDir } from '../lib/open-data/oruk.ts';
import type { OrukPage, OrukService } from '../schemas/oruk/service.ts';

/** Writes one file per record found in the feed's pages in `outDir`; returns how many. */
export function writeOrukRecords(outDir: string): number {
  const servicesDir = join(outDir, orukServicesDir);
  if (!existsSync(servicesDir)) return 0;
  let written = 0;
  for (const file of readdirSync(servicesDir)) {
    if (!orukPageFile.test(file)) continue;
    const page = JSON.parse(readFileSync(join(servicesDir, file), 'utf8')) as OrukPage<OrukService>;
    for (const record of page.contents) {
      // A record's id names its file: only the ids the feed makes (UUIDs) may, never a path.
      if (!isUuid(record.id)) {
        throw new Error(`${orukServicesDir}/${file}: record id "${record.id}" is not a UUID, so it cannot name a file`);
      }
      writeFileSync(join(servicesDir, `${record.id}.json`), orukJsonText(record));
      written += 1;
    }
  }
  return written;
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
