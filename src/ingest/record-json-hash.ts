/**
 * A hash of a union record's JSON, the line union.jsonl holds for it, made once a build: staging
 * union.jsonl serialises every record anyway, so it keeps each line's hash (recordJson), and the
 * record pages' keys and recordSourcesHash take that instead of serialising the record again (at
 * 100k records, 300 MB of JSON each time). The record must not change once hashed: records are
 * not changed after the ingest.
 */
import { createHash } from 'node:crypto';
import type { UnionRecord } from '../shared/catalog-schema.ts';

const hashes = new WeakMap<UnionRecord, string>();

function jsonHash(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}

/**
 * The record's JSON, its hash kept for recordJsonHash.
 * @example recordJson(record) // '{"id":"k7x2m9","url":"r/k7x2m9.html",…}'
 */
export function recordJson(record: UnionRecord): string {
  const json = JSON.stringify(record);
  if (!hashes.has(record)) hashes.set(record, jsonHash(json));
  return json;
}

/**
 * The SHA-256 of the record's JSON, serialised here if recordJson has not seen it.
 * @example recordJsonHash(record) // '5be1…' (64 hex digits)
 */
export function recordJsonHash(record: UnionRecord): string {
  let hash = hashes.get(record);
  if (hash === undefined) hashes.set(record, (hash = jsonHash(JSON.stringify(record))));
  return hash;
}
