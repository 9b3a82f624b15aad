/**
 * Publishes the area's boundary, postcode-district and notes files from `area/` under
 * /data/ with the same names, so the maps and "near me" fetch them and people can
 * download them. The full-postcode lookup is for the import and stays unpublished.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { area, areaDir } from '../../area.ts';
import type { AreaSettings } from '../../schemas/area.ts';

const { boundaries, postcodeDistricts, notes }: AreaSettings['files'] = area.files;
const published = [boundaries, postcodeDistricts, notes].filter((file): file is string => file !== undefined);

export const getStaticPaths = (() =>
  published.map((file) => ({ params: { areaFile: file } }))) satisfies GetStaticPaths;

const contentTypes: Record<string, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const GET: APIRoute = ({ params }) => {
  const file = String(params.areaFile);
  const extension = file.split('.').pop() ?? '';
  return new Response(readFileSync(join(areaDir, file)), {
    headers: { 'Content-Type': contentTypes[extension] ?? 'application/octet-stream' },
  });
};
