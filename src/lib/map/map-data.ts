/**
 * The map page's services as its two data files: what /data/map-points.json and
 * /data/map-services.json hold, and what the page reads for the first items of
 * its lists, so all three say the same.
 */
import { getServices } from '../content/collections.ts';
import { buildMapFiles, type MapFiles } from './marker-data.ts';
import { isMappable, markerSource } from './service-places.ts';

export async function mapFiles(): Promise<MapFiles> {
  const services = (await getServices()).filter((service) => isMappable(service.data));
  return buildMapFiles(services.map(markerSource));
}
