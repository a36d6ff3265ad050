/**
 * Every accepted source record, kept for the MARC downloads, the dumps and the reports,
 * in a fraction of the memory the decoded objects take. As objects (a field object per
 * field, one per subfield) the source records were 63% of what an ingest keeps, about
 * 4.4 KB a record; here each is its JSON in UTF-8, packed into large byte slabs, about
 * 1.2 KB, and is decoded again on `get`. That keeps a million-record ingest within a CI
 * runner's memory and spares the garbage collector a million small objects to trace.
 *
 * Read-only to its users (a ReadonlyMap), in the order records were added.
 */
import type { MarcRecord } from './marc-record.ts';

const SLAB_BYTES = 8 * 1024 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SourceRecordStore implements ReadonlyMap<string, MarcRecord> {
  #slabs: Uint8Array[] = [];
  #used = 0;
  /** Per record, in order: its key, and where its bytes are (slab, start, end: three numbers a record, in one flat array). */
  #keys: string[] = [];
  #places: number[] = [];
  #indexByKey = new Map<string, number>();

  /** Adds a record; a key already present is a programming error, never data. */
  add(key: string, record: MarcRecord): void {
    if (this.#indexByKey.has(key)) throw new Error(`SourceRecordStore: ${key} was added twice; source record keys are unique by construction.`);
    const json = JSON.stringify(record);
    const room = json.length * 3;
    let slab = this.#slabs.at(-1);
    if (slab === undefined || this.#used + room > slab.length) {
      slab = new Uint8Array(Math.max(SLAB_BYTES, room));
      this.#slabs.push(slab);
      this.#used = 0;
    }
    const { written } = encoder.encodeInto(json, slab.subarray(this.#used));
    this.#indexByKey.set(key, this.#keys.length);
    this.#keys.push(key);
    this.#places.push(this.#slabs.length - 1, this.#used, this.#used + written);
    this.#used += written;
  }

  get size(): number {
    return this.#keys.length;
  }

  has(key: string): boolean {
    return this.#indexByKey.has(key);
  }

  /** A fresh object each time: callers may not share or change what they get. */
  get(key: string): MarcRecord | undefined {
    const index = this.#indexByKey.get(key);
    return index === undefined ? undefined : this.#record(index);
  }

  *entries(): MapIterator<[string, MarcRecord]> {
    for (let index = 0; index < this.#keys.length; index++) yield [this.#keys[index], this.#record(index)];
  }

  *keys(): MapIterator<string> {
    yield* this.#keys;
  }

  *values(): MapIterator<MarcRecord> {
    for (let index = 0; index < this.#keys.length; index++) yield this.#record(index);
  }

  [Symbol.iterator](): MapIterator<[string, MarcRecord]> {
    return this.entries();
  }

  forEach(callback: (value: MarcRecord, key: string, map: ReadonlyMap<string, MarcRecord>) => void): void {
    for (const [key, record] of this.entries()) callback(record, key, this);
  }

  #record(index: number): MarcRecord {
    const at = index * 3;
    const bytes = this.#slabs[this.#places[at]].subarray(this.#places[at + 1], this.#places[at + 2]);
    return JSON.parse(decoder.decode(bytes)) as MarcRecord;
  }
}

/** A store holding the given records, for tests and tools that build a catalogue by hand. */
export function sourceRecordStoreOf(entries: Iterable<[string, MarcRecord]>): SourceRecordStore {
  const store = new SourceRecordStore();
  for (const [key, record] of entries) store.add(key, record);
  return store;
}
