/**
 * The map page's services as its two data files: what /data/map-points.json and
 * /data/map-services.json hold, and what the page reads for the first items of
 * its lists, so all three say the same.
 */
import { getServices } from '../content/collections.ts';
import { oncePerBuild } from '../content/once-per-build.ts';
import { buildMapFiles, type MapFiles } from './marker-data.ts';
import { isMappable, markerSource, noFixedPlace, publicPoints } from './service-places.ts';
import type { Translator } from '../../i18n/index.ts';

/** Built once: the page and the data files, in every language, read the same. */
export const mapFiles: () => Promise<MapFiles> = oncePerBuild(async () => {
  const services = (await getServices()).filter((service) => isMappable(service.data));
  return buildMapFiles(services.map(markerSource));
});

/**
 * The services file's `labels` (cost, ages, areas, why no fixed place) in a language, in the
 * same order: the map page of that language and its island read the English file's columns
 * with these labels instead (written to /data/map-labels/<code>.json; see docs/languages.md).
 */
export async function mapLabels(english: readonly string[], tr: Translator): Promise<string[]> {
  const labels = [...english];
  const indexes = new Map(english.map((label, index) => [label, index]));
  const set = (englishLabel: string, translated: string) => {
    const index = indexes.get(englishLabel);
    if (index !== undefined) labels[index] = translated;
  };
  const services = (await getServices()).filter((service) => isMappable(service.data));
  for (const service of services) {
    const { data } = service;
    const source = markerSource(service);
    set(source.costLabel, tr.term('costTypes', data.cost.type));
    set(source.ageLabel, tr.ages(data));
    set(source.areasLabel, tr.list(tr.terms('serviceAreas', data.localities)));
    if (publicPoints(data).length === 0) {
      const { reason, ways } = noFixedPlace(data);
      set(
        source.noFixedPlace,
        tr.t(`map.reason.${reason}`, { ways: tr.list(ways.map((way) => tr.t(`map.way.${way}`))) }),
      );
    }
  }
  return labels;
}
