/**
 * Name-based (version 5) UUIDs, RFC 9562 section 5.5.
 *
 * Open Referral UK requires every id to be a UUID, while our entries are known
 * by their slug. Deriving the UUID from the site address and the slug keeps it
 * the same from one build to the next (consumers can rely on it), without
 * storing a second identifier in every file.
 */
import { createHash } from 'node:crypto';

/** The RFC 9562 namespace for URLs. */
export const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export function uuidV5(name: string, namespace: string): string {
  if (!isUuid(namespace)) throw new Error(`"${namespace}" is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
