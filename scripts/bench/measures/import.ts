/**
 * The import of a synthetic Open Referral UK feed of as many records as the run's listings
 * (issue 19's target at 10,000: under 30 s and 1 GB): see ../import-run.ts.
 */
import type { BenchMeasure } from '../types.ts';
import { importSection, runImport } from '../import-run.ts';

const measure: BenchMeasure = async ({ size }) => importSection(await runImport(size));

export default measure;
