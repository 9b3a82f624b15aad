/**
 * The map services file's labels (cost, ages, areas, why no fixed place) in each translated
 * language, in the file's own order: /data/map-labels/<code>.json. The island of /<code>/map/
 * reads the English file's columns with these labels, so the services file is written once.
 */
import type { APIRoute } from 'astro';
import { mapFiles, mapLabels } from '../../../lib/map/map-data.ts';
import { languageParams } from '../../../i18n/routes.ts';
import { languageByCode } from '../../../i18n/languages.ts';
import { translator } from '../../../i18n/index.ts';

export const getStaticPaths = languageParams;

export const GET: APIRoute = async ({ params }) => {
  const language = languageByCode(params.lang);
  if (!language) return new Response(null, { status: 404 });
  const labels = await mapLabels((await mapFiles()).services.labels, translator(language));
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
