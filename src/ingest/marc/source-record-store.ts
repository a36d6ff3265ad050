/**
 * Every accepted source record, kept for the MARC downloads, the dumps and the reports,
 * in a fraction of the memory the decoded objects take. As objects (a field object per
 * field, one per subfield) the source records were 63% of what an ingest keeps, about
 * 4.4 KB a record; here each is its JSON in UTF-8, packed into large byte slabs, about
 * 1.2 KB, and is decoded again on `get`. That keeps a million-record ingest within a CI
 * runner's memory and spares the garbage collector a million small objects to trace.
 *
 * Read-only to its users (a ReadonlyMap), in the order records were added. The slabs are
 * shared memory: a worker thread given `sharedSlabs()` reads a record where `storedPlace` says
 * it is (`storedRecordIn`), with no copy of the store and no message carrying its bytes.
 */
import { controlField, type MarcRecord } from './marc-record.ts';

const SLAB_BYTES = 8 * 1024 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A contiguous run of entries as their packed UTF-8 JSON: what the ingest cache keeps of one
 * library, so that a cached library goes back into a store without a JSON round trip a record.
 */
export interface PackedSourceRecords {
  keys: string[];
  /** Byte length of each record's JSON, in key order. */
  lengths: Uint32Array;
  /** Every record's JSON, one after the other. */
  bytes: Uint8Array;
}

export class SourceRecordStore implements ReadonlyMap<string, MarcRecord> {
  #slabs: Uint8Array[] = [];
  #used = 0;
  /** Per record, in order: its key, and where its bytes are (slab, start, end: three numbers a record, in one flat array). */
  #keys: string[] = [];
  #places: number[] = [];
  #indexByKey = new Map<string, number>();

  /** Adds a record; a key already present is a programming error, never data. */
  add(key: string, record: MarcRecord): void {
    const json = JSON.stringify(record);
    // encodeInto needs room for the worst case: three UTF-8 bytes per UTF-16 code unit.
    this.#place(key, json.length * 3, (slab, at) => encoder.encodeInto(json, slab.subarray(at)).written);
  }

  /** Finds room for `room` bytes, lets `write` fill them (it returns how many it wrote when fewer) and indexes the key. */
  #place(key: string, room: number, write: (slab: Uint8Array, at: number) => number | void): void {
    if (this.#indexByKey.has(key)) throw new Error(`SourceRecordStore: ${key} was added twice; source record keys are unique by construction.`);
    let slab = this.#slabs.at(-1);
    if (slab === undefined || this.#used + room > slab.length) {
      slab = new Uint8Array(new SharedArrayBuffer(Math.max(SLAB_BYTES, room)));
      this.#slabs.push(slab);
      this.#used = 0;
    }
    const written = write(slab, this.#used) ?? room;
    this.#indexByKey.set(key, this.#keys.length);
    this.#keys.push(key);
    this.#places.push(this.#slabs.length - 1, this.#used, this.#used + written);
    this.#used += written;
  }

  /** Entries start..end-1 (by insertion order) as packed bytes, copied out of the slabs. */
  exportEntries(start = 0, end = this.size): PackedSourceRecords {
    const count = Math.max(0, end - start);
    const lengths = new Uint32Array(count);
    for (let n = 0; n < count; n++) lengths[n] = this.#places[(start + n) * 3 + 2] - this.#places[(start + n) * 3 + 1];
    const bytes = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0));
    let at = 0;
    for (let index = start; index < start + count; index++) {
      const slab = this.#slabs[this.#places[index * 3]];
      bytes.set(slab.subarray(this.#places[index * 3 + 1], this.#places[index * 3 + 2]), at);
      at += this.#places[index * 3 + 2] - this.#places[index * 3 + 1];
    }
    return { keys: this.#keys.slice(start, start + count), lengths, bytes };
  }

  /**
   * Appends entries exported by `exportEntries`, as if each had been `add`ed (same keys, same
   * records, same order). Their bytes fill the current slab first, so that a build mixing
   * imported and added libraries packs its slabs as tightly as one that adds every record.
   */
  importEntries(packed: PackedSourceRecords): void {
    const total = packed.lengths.reduce((sum, length) => sum + length, 0);
    if (packed.keys.length !== packed.lengths.length || total !== packed.bytes.length) {
      throw new Error(`SourceRecordStore: packed entries do not add up (${packed.keys.length} keys, ${packed.lengths.length} lengths, ${total} of ${packed.bytes.length} bytes).`);
    }
    // Indexed record by record, copied slab by slab: one copy per run of records that fit.
    let from = 0;
    let runStart = 0;
    let runSlab = this.#slabs.at(-1);
    let runAt = this.#used;
    for (let n = 0; n < packed.keys.length; n++) {
      const length = packed.lengths[n];
      this.#place(packed.keys[n], length, (slab, at) => {
        if (slab !== runSlab) {
          runSlab?.set(packed.bytes.subarray(runStart, from), runAt);
          [runSlab, runStart, runAt] = [slab, from, at];
        }
      });
      from += length;
    }
    runSlab?.set(packed.bytes.subarray(runStart, from), runAt);
  }

  get size(): number {
    return this.#keys.length;
  }

  has(key: string): boolean {
    return this.#indexByKey.has(key);
  }

  /**
   * The record's stored bytes (its JSON in UTF-8), without decoding it: what a cache hashes
   * to tell whether a record changed. A view into the store: read it, never change or keep it.
   */
  storedBytes(key: string): Uint8Array | undefined {
    const index = this.#indexByKey.get(key);
    if (index === undefined) return undefined;
    const at = index * 3;
    return this.#slabs[this.#places[at]].subarray(this.#places[at + 1], this.#places[at + 2]);
  }

  /**
   * Where the record's stored bytes are: [slab, start, end], the slab an index into
   * `sharedSlabs()`. Undefined when the key is not in the store.
   */
  storedPlace(key: string): StoredPlace | undefined {
    const index = this.#indexByKey.get(key);
    if (index === undefined) return undefined;
    const at = index * 3;
    return [this.#places[at], this.#places[at + 1], this.#places[at + 2]];
  }

  /**
   * The memory every stored record is in, for worker threads: shared, not copied, when posted.
   * A record added later may go into a slab not in this list: take it once the store is complete.
   */
  sharedSlabs(): SharedArrayBuffer[] {
    return this.#slabs.map((slab) => slab.buffer as SharedArrayBuffer);
  }

  /**
   * The value of the record's first control field with this tag, as `controlField` of the
   * decoded record gives it, read from the stored JSON without decoding the rest: the reports
   * read every record's 008, and decoding 200k whole records for it cost 2.5 s at 100k. A
   * field stored in another shape than `{"tag":…,"value":…}` is found by decoding the record.
   */
  controlField(key: string, tag: string): string | undefined {
    const index = this.#indexByKey.get(key);
    if (index === undefined) return undefined;
    const stored = this.storedBytes(key)!;
    const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
    const start = bytes.indexOf(`{"tag":${JSON.stringify(tag)},"value":"`);
    if (start === -1) return bytes.includes(`"tag":${JSON.stringify(tag)}`) ? controlField(this.#record(index), tag) : undefined;
    // A quote inside a JSON string is escaped: the value ends at the first quote not escaped.
    const from = bytes.indexOf('"value":"', start) + '"value":'.length;
    let end = from + 1;
    while (end < bytes.length && bytes[end] !== 0x22) end += bytes[end] === 0x5c ? 2 : 1;
    return JSON.parse(bytes.toString('utf8', from, end + 1)) as string;
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
    return storedRecordOf(this.#slabs[this.#places[at]].subarray(this.#places[at + 1], this.#places[at + 2]));
  }
}

/** [slab, start, end]: where one record's bytes are among a store's shared slabs. */
export type StoredPlace = [slab: number, start: number, end: number];

/**
 * The record at `place` in the slabs of a store (`sharedSlabs()`, `storedPlace`), decoded:
 * what `get` gives, read from another thread.
 * @example storedRecordIn(workerData.slabs, [0, 0, 812]) // { leader: '…', fields: […] }
 */
export function storedRecordIn(slabs: readonly SharedArrayBuffer[], [slab, start, end]: StoredPlace): MarcRecord {
  const buffer = slabs[slab];
  if (buffer === undefined || end > buffer.byteLength) throw new Error(`SourceRecordStore: no stored record at slab ${slab}, bytes ${start}–${end}; the slabs were taken before the store was complete.`);
  return storedRecordOf(new Uint8Array(buffer, start, end - start));
}

function storedRecordOf(bytes: Uint8Array): MarcRecord {
  return JSON.parse(decoder.decode(bytes)) as MarcRecord;
}

/** A store holding the given records, for tests and tools that build a catalogue by hand. */
export function sourceRecordStoreOf(entries: Iterable<[string, MarcRecord]>): SourceRecordStore {
  const store = new SourceRecordStore();
  for (const [key, record] of entries) store.add(key, record);
  return store;
}
