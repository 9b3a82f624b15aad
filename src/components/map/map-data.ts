/**
 * The map page's services as one marker file: what /data/map-markers.json holds,
 * and what the page reads for the first items of its lists, so both say the same.
 */
import { getServices } from '../../lib/collections.ts';
import { buildMarkerFile, type MarkerFile } from './marker-data.ts';
import { isMappable, markerSource } from './service-places.ts';

export async function mapMarkerFile(): Promise<MarkerFile> {
  const services = (await getServices()).filter((service) => isMappable(service.data));
  return buildMarkerFile(services.map(markerSource));
}
