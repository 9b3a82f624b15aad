/**
 * Rewrites every file in content/ in the form Decap CMS writes it (src/lib/content/decap-form.ts),
 * so a later save in the CMS changes only what was edited.
 *
 *   npm run content:normalise              rewrite the files that differ
 *   npm run content:normalise -- --check   list them and fail, writing nothing
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { normaliseContentFolder } from '../src/lib/content/decap-form.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { changed, problems } = normaliseContentFolder(`${projectRoot}content`, { write: !values.check, projectRoot });

for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);
for (const path of changed) console.log(`${values.check ? 'not as the CMS writes it' : 'rewritten'}: ${path}`);
console.log(
  `${String(changed.length)} file(s) ${values.check ? 'not in the CMS form' : 'rewritten in the CMS form'}, ${String(problems.length)} unreadable.`,
);
if (problems.length > 0 || (values.check && changed.length > 0)) process.exitCode = 1;
