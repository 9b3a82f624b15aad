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

/**
 * What the list shows of each saved listing, kept beside the keys (under its own
 * storage key, so lists saved before it existed still read). "Save to my list"
 * stores it from the page; the list fetches the listing's page for keys that have
 * none (a shared link) or that were last checked long ago. Only text is kept.
 */
export const detailsKey = 'local-offer:saved-details';

export interface ListingDetails {
  name: string;
  summary: string;
  phone?: string | undefined;
  /** When the details were read from the listing's page (ms since 1970). */
  checked: number;
}

/** Details older than this are read again from the listing's page, so names and numbers do not go stale. */
export const detailsMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

const limits = { name: 200, summary: 600, phone: 40 };
const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '';

/** Plain, bounded text or nothing: stored details are as untrusted as a crafted link. */
export function cleanDetails(value: unknown): ListingDetails | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const name = text(record.name, limits.name);
  if (name === '') return undefined;
  const phone = text(record.phone, limits.phone);
  const checked = typeof record.checked === 'number' && Number.isFinite(record.checked) ? record.checked : 0;
  return {
    name,
    summary: text(record.summary, limits.summary),
    // A phone number is digits and a few separators; anything else is not one.
    ...(/^[\d+][\d ()+-]*$/.test(phone) ? { phone } : {}),
    checked,
  };
}

export function parseDetails(stored: string | null): Map<string, ListingDetails> {
  const details = new Map<string, ListingDetails>();
  if (!stored) return details;
  try {
    const value: unknown = JSON.parse(stored);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return details;
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      const clean = isListingKey(key) ? cleanDetails(raw) : undefined;
      if (clean && details.size < maxItems) details.set(key, clean);
    }
  } catch {
    // Unreadable: as if nothing were stored.
  }
  return details;
}

export function readDetails(storage: SimpleStorage | undefined): Map<string, ListingDetails> {
  try {
    return parseDetails(storage?.getItem(detailsKey) ?? null);
  } catch {
    return new Map();
  }
}

/** Stores the details of the listings in `keys` only: nothing is kept for a listing no longer saved. */
export function writeDetails(
  storage: SimpleStorage | undefined,
  details: ReadonlyMap<string, ListingDetails>,
  keys: readonly string[],
): boolean {
  const kept = Object.fromEntries(keys.flatMap((key) => (details.has(key) ? [[key, details.get(key)]] : [])));
  try {
    storage?.setItem(detailsKey, JSON.stringify(kept));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** True when the list should read a listing's page: no details yet, or details last checked long ago. */
export function needsDetails(details: ListingDetails | undefined, now: number): boolean {
  return details === undefined || now - details.checked > detailsMaxAgeMs;
}

/** The site path of a listing's page, from its key alone (never from stored or fetched text). */
export function listingPath(key: string): string {
  return `/${key}/`;
}

/** The little of a DOM that reading details needs: a document, or a fake one in tests. */
export interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/**
 * A listing's details, read from its page (the live document when saving, or a
 * fetched copy parsed with DOMParser): the name and phone its "Save to my list"
 * button carries, and the page's description. Undefined when the page has no
 * save button for this key, so it is not that listing's page. Text only.
 */
export function detailsFromPage(page: QueryableDocument, key: string, now: number): ListingDetails | undefined {
  if (!isListingKey(key)) return undefined;
  const button = page.querySelector(`[data-save-key="${key}"]`);
  if (!button) return undefined;
  return cleanDetails({
    name: button.getAttribute('data-save-name'),
    summary: page.querySelector('meta[name="description"]')?.getAttribute('content'),
    phone: button.getAttribute('data-save-phone'),
    checked: now,
  });
}

/**
 * A listing page's HTML made ready for DOMParser: its <style> blocks dropped. The
 * parsed copy is never shown, but it inherits this page's Content Security Policy,
 * and the browser would report each inline style in it as a violation.
 */
export function withoutStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '');
}
