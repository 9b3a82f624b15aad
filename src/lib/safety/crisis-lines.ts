/**
 * Local crisis lines: the area's settings (`crisisLines` in area/area.config.ts), checked against
 * the schema once when first read, so a mistyped number stops the build with its place named.
 */
import { z } from 'astro/zod';
import { area } from '../../area.ts';
import { crisisLineSchema, type CrisisLine } from '../../schemas/crisis-lines.ts';
import type { AreaCrisisLine } from '../../schemas/area.ts';

/** The lines checked and in order (`order`, then name); throws naming the setting that is wrong. */
export function checkedCrisisLines(settings: readonly AreaCrisisLine[]): CrisisLine[] {
  const result = z.array(crisisLineSchema).safeParse(settings);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `crisisLines.${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`area/area.config.ts has a crisis line that is not right:\n${problems.join('\n')}`);
  }
  return result.data.sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || a.name.localeCompare(b.name, 'en-GB'));
}

let lines: CrisisLine[] | undefined;

/** The area's local crisis lines, checked once per build and shared by every page. */
export function getCrisisLines(): CrisisLine[] {
  lines ??= checkedCrisisLines(area.crisisLines);
  return lines;
}
