import { describe, expect, it } from 'vitest';
import {
  cleanDetails,
  cleanKeys,
  detailsFromPage,
  detailsKey,
  detailsMaxAgeMs,
  keysFromSearch,
  listingPath,
  needsDetails,
  parseDetails,
  readDetails,
  writeDetails,
  withoutStyles,
  type QueryableDocument,
  maxItems,
  parseStored,
  readList,
  shareUrl,
  storageKey,
  toggleKey,
  writeList,
  type SimpleStorage,
} from '../../src/lib/saved-list.ts';

function memoryStorage(): SimpleStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('saved list', () => {
  it('keeps only listing keys, once each, in order', () => {
    expect(
      cleanKeys(['services/kooth', 'grants/fund', 'services/kooth', 'pages/x', '<script>', 3, 'services/A']),
    ).toEqual(['services/kooth', 'grants/fund']);
    expect(cleanKeys(Array.from({ length: 200 }, (_, i) => `services/s${String(i)}`))).toHaveLength(maxItems);
  });

  it('reads a corrupt store as an empty list', () => {
    expect(parseStored(null)).toEqual([]);
    expect(parseStored('not json')).toEqual([]);
    expect(parseStored('{"a":1}')).toEqual([]);
    expect(parseStored('["services/kooth"]')).toEqual(['services/kooth']);
  });

  it('toggles a listing in and out', () => {
    const once = toggleKey([], 'services/kooth');
    expect(once).toEqual(['services/kooth']);
    expect(toggleKey(once, 'services/kooth')).toEqual([]);
  });

  it('round-trips through a share link', () => {
    const link = shareUrl('https://localoffer.example.org/my-list/?old=1#top', ['services/kooth', 'grants/fund']);
    expect(link).toBe('https://localoffer.example.org/my-list/?items=services/kooth,grants/fund');
    expect(keysFromSearch(new URL(link).search)).toEqual(['services/kooth', 'grants/fund']);
    expect(keysFromSearch('')).toBeUndefined();
    expect(keysFromSearch('?items=javascript:alert(1),services/kooth')).toEqual(['services/kooth']);
  });

  it('stores the list under one key and survives storage that refuses', () => {
    const storage = memoryStorage();
    expect(writeList(storage, ['services/kooth'])).toBe(true);
    expect(storage.data.get(storageKey)).toBe('["services/kooth"]');
    expect(readList(storage)).toEqual(['services/kooth']);
    const refusing: SimpleStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readList(refusing)).toEqual([]);
    expect(writeList(refusing, ['services/kooth'])).toBe(false);
    expect(writeList(undefined, ['services/kooth'])).toBe(false);
  });

  describe('details of saved listings', () => {
    /** A page as detailsFromPage reads it: attributes by selector. */
    const fakePage = (elements: Record<string, Record<string, string>>): QueryableDocument => ({
      querySelector: (selector) => {
        const attributes = elements[selector];
        return attributes ? { getAttribute: (name) => attributes[name] ?? null } : null;
      },
    });
    const kooth = fakePage({
      '[data-save-key="services/kooth"]': { 'data-save-name': '  Kooth\n', 'data-save-phone': '0800 111 222' },
      'meta[name="description"]': { content: 'Free online support.' },
    });

    it("reads the name and phone from the listing's save button and the summary from its description", () => {
      expect(detailsFromPage(kooth, 'services/kooth', 5)).toEqual({
        name: 'Kooth',
        summary: 'Free online support.',
        phone: '0800 111 222',
        checked: 5,
      });
      // Not this listing's page (no save button for it), or not a listing key at all.
      expect(detailsFromPage(kooth, 'services/other', 5)).toBeUndefined();
      expect(detailsFromPage(kooth, 'services/kooth"]', 5)).toBeUndefined();
    });

    it('keeps only plain, bounded text, and a phone that is a phone number', () => {
      expect(cleanDetails({ name: '', summary: 'x' })).toBeUndefined();
      expect(cleanDetails('Kooth')).toBeUndefined();
      expect(
        cleanDetails({ name: 'A'.repeat(500), summary: 3, phone: 'javascript:alert(1)', checked: 'soon' }),
      ).toEqual({
        name: 'A'.repeat(200),
        summary: '',
        checked: 0,
      });
      expect(cleanDetails({ name: 'Line', phone: '+44 (0)121 000-0000', checked: 1 })?.phone).toBe(
        '+44 (0)121 000-0000',
      );
    });

    it('stores details beside the list, only for listings still saved, and reads a corrupt store as none', () => {
      const storage = memoryStorage();
      const details = new Map([
        ['services/kooth', { name: 'Kooth', summary: 'Online support.', checked: 1 }],
        ['grants/fund', { name: 'Fund', summary: 'Money.', checked: 1 }],
      ]);
      expect(writeDetails(storage, details, ['services/kooth'])).toBe(true);
      expect(JSON.parse(storage.data.get(detailsKey) ?? '')).toEqual({
        'services/kooth': { name: 'Kooth', summary: 'Online support.', checked: 1 },
      });
      expect([...readDetails(storage).keys()]).toEqual(['services/kooth']);
      expect(parseDetails('[1,2]').size).toBe(0);
      expect(parseDetails('not json').size).toBe(0);
      expect([...parseDetails('{"pages/x":{"name":"X"},"services/a":{"name":"A"}}').keys()]).toEqual(['services/a']);
      expect(writeDetails(undefined, details, ['services/kooth'])).toBe(false);
    });

    it('reads a page again when there are no details or they are over a week old', () => {
      const now = 10 * detailsMaxAgeMs;
      expect(needsDetails(undefined, now)).toBe(true);
      expect(needsDetails({ name: 'A', summary: '', checked: now - 1000 }, now)).toBe(false);
      expect(needsDetails({ name: 'A', summary: '', checked: now - detailsMaxAgeMs - 1 }, now)).toBe(true);
      expect(listingPath('grants/fund')).toBe('/grants/fund/');
    });

    it('drops style blocks before a fetched page is parsed', () => {
      expect(withoutStyles('<head><style>p{}</style><STYLE media="print">\na{}\n</style ><title>T</title>')).toBe(
        '<head><title>T</title>',
      );
    });
  });
});
