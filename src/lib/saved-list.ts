/**
 * The saved list: listing keys ("services/kooth", "grants/resilience-fund") kept in the
 * browser's localStorage under one key, never sent anywhere. Shared as a link by putting
 * the keys in the address: /my-list/?items=services/kooth,grants/resilience-fund
 */

export const storageKey = 'local-offer:saved-list';
export const shareParam = 'items';
const keyPattern = /^(services|grants)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Enough for any real list; stops a crafted link or a corrupt store from growing without limit. */
export const maxItems = 100;

export const isListingKey = (value: unknown): value is string => typeof value === 'string' && keyPattern.test(value);

/** Cleans a list: valid keys only, no duplicates, at most maxItems, order kept. */
export function cleanKeys(values: readonly unknown[]): string[] {
  return [...new Set(values.filter(isListingKey))].slice(0, maxItems);
}

/** Reads the stored list; anything unreadable counts as an empty list. */
export function parseStored(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? cleanKeys(value) : [];
  } catch {
    return [];
  }
}

export function toggleKey(keys: readonly string[], key: string): string[] {
  return keys.includes(key) ? keys.filter((existing) => existing !== key) : cleanKeys([...keys, key]);
}

/** The keys in a share link's query string, or undefined when it has none. */
export function keysFromSearch(search: string): string[] | undefined {
  const value = new URLSearchParams(search).get(shareParam);
  return value === null ? undefined : cleanKeys(value.split(','));
}

/** The link that restores this list on any device. */
export function shareUrl(pageUrl: string, keys: readonly string[]): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  // Commas and slashes are kept readable: the keys are plain slugs.
  return `${url.href}?${shareParam}=${keys.join(',')}`;
}

/** Storage that may be missing or refuse (private modes, full disk): the list then lives for the page only. */
export interface SimpleStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readList(storage: SimpleStorage | undefined): string[] {
  try {
    return parseStored(storage?.getItem(storageKey) ?? null);
  } catch {
    return [];
  }
}

export function writeList(storage: SimpleStorage | undefined, keys: readonly string[]): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify(keys));
    return storage !== undefined;
  } catch {
    return false;
  }
}
