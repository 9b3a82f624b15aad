import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
cpSync('tests/fixtures/export-content/organisations', join(dir, 'content', 'organisations'), { recursive: true });
const postcodes = ['B11 1AA', 'B23 6AA', 'B31 2AA', 'B27 6AA', 'B13 8AY'];
const contents = Array.from({ length: 10000 }, (_, i) => ({
  id: `gen-${i}`, name: `Generated Group ${i % 3000}`,
  description: `<p>A generated test group number ${i}.</p><p>It exists only in this benchmark. ${'More words. '.repeat(30)}</p>`,
  status: 'active', assured_date: '2026-01-01', organization: { id: `o${i % 50}`, name: `Generated Org ${i % 50}`, description: 'A generated organisation for the benchmark.' },
  phones: [{ number: i % 7 === 0 ? 'call us' : '+44 (0)121 496 0100' }],
  service_at_locations: [{ location: { name: `Hall ${i}`, addresses: [{ address_1: `${i} Example Road`, postal_code: postcodes[i % 5] }] } }],
  attributes: [{ taxonomy_term: { term: 'Parenting', taxonomy: 'Categories' } }, { taxonomy_term: { term: 'Parents and carers', taxonomy: 'Audiences' } }],
}));
writeFileSync(join(dir, 'feed.json'), JSON.stringify({ total_items: 10000, total_pages: 1, page_number: 1, contents }));
writeFileSync(join(dir, 'map.yaml'), 'source:\n  publisher: Bench Council\ndefaults:\n  levelOfNeed: [universal]\n  accessRoutes: [self-refer-phone-or-drop-in]\n  delivery: [in-person]\n  cost: free\n  applicationProcess: Contact the service to ask about a place.\norganisationKinds:\n' + Array.from({length: 50}, (_, i) => `  "Generated Org ${i}": voluntary-community\n`).join(''));
console.log(dir);
