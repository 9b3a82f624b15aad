import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { builtSites, htmlFilesOf, samplePages } from '../page-types.ts';

beforeAll(requireBuild);

/**
 * Every page is validated while the site is small (about 2 ms a page); past this many,
 * the first pages of each type are, so that a synthetic 10,000-listing build stays quick.
 */
const validateAllUpTo = 3000;
const perTypeSample = 100;

describe.each(builtSites())('HTML validation of the $name (html-validate, config in .htmlvalidate.json)', (site) => {
  it('finds no errors in the built pages', async () => {
    const pages = htmlFilesOf(site);
    const files =
      pages.length <= validateAllUpTo
        ? pages
        : samplePages(pages, site.types).flatMap((sample) => sample.files.slice(0, perTypeSample));
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
  });
});
