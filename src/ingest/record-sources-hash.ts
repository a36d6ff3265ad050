/**
 * A hash of a union record and of its members' source records as stored: what every file made
 * from one record is made of, besides the writers and the settings (its four downloads, its
 * lines in the union's dumps). Both caches key on it, and a record's JSON and source bytes are
 * hashed once a build for both (at 100k records the downloads' hashing alone took 4.4 s of a
 * rebuild under the profiler).
 */
import { createHash } from 'node:crypto';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import type { SourceRecordStore } from './marc/source-record-store.ts';
import { recordJsonHash } from './record-json-hash.ts';
import { sourceRecordKey } from './pipeline.ts';

type StoredBytes = Pick<SourceRecordStore, 'storedBytes'>;

/** Per store, then per record object: a record hashed against another store is hashed anew. */
const hashesByStore = new WeakMap<StoredBytes, WeakMap<UnionRecord, string>>();

/**
 * The record's JSON (its hash, recordJsonHash), then each member's source record as stored (hashed as bytes: decoding
 * them to hash the MARC was nine tenths of a rebuild's downloads here), or "none".
 * @example recordSourcesHash(record, ingest.sourceRecords) // '5be1…' (64 hex digits)
 */
export function recordSourcesHash(record: UnionRecord, sourceRecords: StoredBytes): string {
  let hashes = hashesByStore.get(sourceRecords);
  if (!hashes) hashesByStore.set(sourceRecords, (hashes = new WeakMap()));
  let hash = hashes.get(record);
  if (hash === undefined) {
    const sha = createHash('sha256').update(recordJsonHash(record)).update('\u0000');
    for (const member of record.members) sha.update(sourceRecords.storedBytes(sourceRecordKey(member)) ?? 'none').update('\u0000');
    hash = sha.digest('hex');
    hashes.set(record, hash);
  }
  return hash;
}
