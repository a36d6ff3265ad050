/**
 * A listing page's props as its cache key takes them: each record the page lists (an object with
 * an `id` and a `title`: a ListedRecord, an AcquisitionTitle) stands as a hash of itself, made
 * once per object. A record's list entry is one object shared by every list it is on (about nine
 * at 100k records), so its text is serialised and hashed once, not once per list: at 100k the
 * listing pages' props were 118 MB of JSON in a rebuild, serialised and hashed whole each time.
 * The key still changes exactly when what a page shows changes.
 */
import { createHash } from 'node:crypto';

const entryHashes = new WeakMap<object, string>();

/** A record as a list shows it: the objects whose hashes stand for them. */
function isListEntry(value: object): boolean {
  const entry = value as { id?: unknown; title?: unknown };
  return typeof entry.id === 'string' && typeof entry.title === 'string' && !Array.isArray(value);
}

function entryHash(entry: object): string {
  let hash = entryHashes.get(entry);
  if (hash === undefined) {
    // Marked so that no string of the props can pass for an entry: the hash is of the entry's JSON.
    hash = `\u0000entry:${createHash('sha256').update(JSON.stringify(entry)).digest('base64')}`;
    entryHashes.set(entry, hash);
  }
  return hash;
}

function replaceEntries(_key: string, value: unknown): unknown {
  return typeof value === 'object' && value !== null && isListEntry(value) ? entryHash(value) : value;
}

/**
 * @example listingPropsHash({ page: 1, records: [listedRecord(record)] }) // "9c1e…" (64 hex digits)
 */
export function listingPropsHash(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props, replaceEntries) ?? 'undefined').digest('hex');
}
