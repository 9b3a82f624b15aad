import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { builtSites, htmlFilesOf, samplePages } from '../page-types.ts';

beforeAll(requireBuild);

/**
 * Up to this many pages of each type, spread evenly over the type: every template and
 * most of its variations, at a cost that stays flat as content grows. Measured on the
 * 2-core machine: about 0.05 s a page when idle, 0.5 s when heavily loaded (254 pages
 * took 139 s with the machine's load average near 25), hence a sample rather than all.
 */
const perType = 30;

/** Evenly spaced items, first and last included. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from(
    { length: count },
    (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))] as T,
  );
}

describe.each(builtSites())('HTML validation of the $name (html-validate, config in .htmlvalidate.json)', (site) => {
  it(`finds no errors in up to ${String(perType)} pages of each type`, async () => {
    const files = samplePages(htmlFilesOf(site), site.types).flatMap((sample) => spread(sample.files, perType));
    // Explicit loader: reads .htmlvalidate.json from the project, as the CLI does.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(site.dir, file));
      for (const result of report.results) {
        for (const message of result.messages as Message[]) {
          problems.push(
            `${file}:${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
