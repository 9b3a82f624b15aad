import { describe, expect, it } from 'vitest';
import {
  cleanKeys,
  keysFromSearch,
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
});
