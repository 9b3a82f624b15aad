/** Loads a content folder as validated entries, as the build would see them. */
import { readContentFolder } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { homeData } from './rehome.ts';
import type { OrganisationEntry, ServiceEntry } from '../../src/lib/open-data/oruk.ts';
import type { Organisation } from '../../src/schemas/organisations.ts';
import type { Service } from '../../src/schemas/services.ts';

export interface LoadedContent {
  services: ServiceEntry[];
  organisations: Map<string, OrganisationEntry>;
}

export function loadContent(dir: string): LoadedContent {
  const found = readContentFolder(dir);
  // Written in Birmingham's places: moved into this copy's area (tests/support/rehome.ts).
  const read = { ...found, files: found.files.map((file) => ({ ...file, data: homeData(file.data) })) };
  const { problems, entries } = validateContent(read.files);
  if (read.problems.length + problems.length > 0) {
    throw new Error(`fixture ${dir} is invalid: ${JSON.stringify([...read.problems, ...problems])}`);
  }
  const bodyOf = (path: string) => read.files.find((file) => file.path === path)?.body ?? '';
  // Drafts are in the folder but not in the collection the build uses.
  const services = entries
    .filter((entry) => entry.collection === 'services' && entry.data.status !== 'draft')
    .map((entry) => ({ id: entry.id, data: entry.data as Service, body: bodyOf(entry.path) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const organisations = new Map(
    entries
      .filter((entry) => entry.collection === 'organisations')
      .map((entry) => [entry.id, { id: entry.id, data: entry.data as Organisation, body: bodyOf(entry.path) }]),
  );
  return { services, organisations };
}

export const exportFixtureDir = 'tests/fixtures/export-content';

/** Strings of the fixture's confidential locations that must appear in no export. */
export const confidentialStrings = [
  'Hidden Lane',
  'B99 9ZZ',
  'Secret Refuge House',
  'Quiet Close',
  'B98 8YY',
  'Safe Space',
  '52.4811',
];

/** Strings of the fixture's draft service, which must appear in no built file. */
export const draftStrings = ['Unfinished Draft Club', 'test-unfinished-draft'];
