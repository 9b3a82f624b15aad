/**
 * npm run report:review [-- <output folder>]
 *
 * Writes review-YYYY-MM-DD.md and review-YYYY-MM-DD.csv (default folder: reports/,
 * which git ignores): every service and grant past its review date or missing contact
 * details, a place or opening times, grouped by locality, for Community Connectors.
 * CONTENT_DIR reads another content folder; SITE_URL sets the links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/files.ts';
import { formatProblems, validateContent } from '../src/lib/content/validation.ts';
import {
  reviewableEntries,
  reviewCounts,
  reviewCsv,
  reviewItems,
  reviewMarkdown,
  reviewSummaryLine,
} from '../src/lib/directory/review-report.ts';
import { siteConfig } from '../src/site.config.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const outDir = resolve(root, process.argv[2] ?? 'reports');
const today = new Date();

const read = readContentFolder(contentDir, root);
const { entries, problems } = validateContent(read.files, { today });
const all = [...read.problems, ...problems];
if (all.length > 0) {
  // The report still covers every valid listing; the problems need fixing too.
  console.warn(formatProblems(all));
}

const items = reviewItems(reviewableEntries(entries), {
  defaultIntervalMonths: siteConfig.reviewIntervalMonths,
  today,
});
const stamp = today.toISOString().slice(0, 10);
mkdirSync(outDir, { recursive: true });
const markdownPath = join(outDir, `review-${stamp}.md`);
const csvPath = join(outDir, `review-${stamp}.csv`);
writeFileSync(markdownPath, reviewMarkdown(items, { siteUrl: siteConfig.siteUrl, today }));
writeFileSync(csvPath, reviewCsv(items, { siteUrl: siteConfig.siteUrl }));
console.log(reviewSummaryLine(reviewCounts(items)).replace(/ \(npm run.*\)$/, '.'));
console.log(`Wrote ${markdownPath}\nWrote ${csvPath}`);
