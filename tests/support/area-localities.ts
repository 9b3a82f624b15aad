/**
 * The first three localities of whatever area this copy serves (area/area.config.ts), so that
 * the code's unit tests hold for Birmingham, the Fixton test area and a fork alike. Every area
 * the site supports has at least three (the fixture area has exactly three).
 */
import { localityAreas } from '../../src/area.ts';

function localityAt(index: number): { value: string; label: string } {
  const locality = localityAreas[index];
  if (!locality) throw new Error(`the area needs at least ${String(index + 1)} localities for these tests`);
  return locality;
}

/** The area's first, second and third localities, in the order the area settings list them. */
export const [firstLocality, secondLocality, thirdLocality] = [0, 1, 2].map(localityAt) as [
  { value: string; label: string },
  { value: string; label: string },
  { value: string; label: string },
];
