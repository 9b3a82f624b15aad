/**
 * The spreadsheet template for community connectors: the import's columns and one example row,
 * written at build time from the area's settings (its localities and example postcode), so a fork's
 * template names its own places. `npm run import -- --template` prints the same file.
 */
import type { APIRoute } from 'astro';
import { templateCsv } from '../../lib/open-data/csv.ts';

export const GET: APIRoute = () =>
  new Response(templateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
