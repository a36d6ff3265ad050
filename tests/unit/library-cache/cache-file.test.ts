import { describe, expect, it } from 'vitest';
import type { CachedLibrary } from '../../../src/ingest/library-cache/cached-library.ts';
import { decodeCacheFile, encodeCacheFile } from '../../../src/ingest/library-cache/cache-file.ts';
import { sourceRecordStoreOf } from '../../../src/ingest/marc/source-record-store.ts';

const key = 'ab'.repeat(32);
const otherKey = 'cd'.repeat(32);
const record = { leader: '00000nam a2200000 i 4500', fields: [{ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'تاريخ عمان' }] }] };

function library(): CachedLibrary {
  const store = sourceRecordStoreOf([['lib\tlibraries/lib/a.mrc\t1', record as never], ['lib\tlibraries/lib/a.mrc\t3', { ...record, leader: '00000cam a2200000 i 4500' } as never]]);
  const diagnostic = { code: 'iso2709.bad-leader', severity: 'error', libraryCode: 'lib', file: 'libraries/lib/a.mrc', recordNumber: 2, byteOffset: 120 } as const;
  return {
    account: { code: 'lib', recordsRead: 3, recordsAccepted: 2, recordsRejected: 1 },
    diagnostics: [diagnostic as never],
    rejections: [{ libraryCode: 'lib', file: 'libraries/lib/a.mrc', recordNumber: 2, byteOffset: 120, diagnostics: [diagnostic as never], raw: Uint8Array.of(0x30, 0x1d, 0x00, 0xff, 0xd8, 0xa7) }],
    sourceRecords: store.exportEntries(),
    clusterInputs: [],
  };
}

/** The file's bytes in one buffer, as they would be read back. */
function fileBytes(lib: CachedLibrary, keyHex = key): Uint8Array {
  return Buffer.concat(encodeCacheFile(keyHex, lib));
}

describe('a cache file', () => {
  it('gives back what was written, the raw bytes of rejections included', () => {
    const written = library();

    const read = decodeCacheFile(fileBytes(written), key);

    expect(read).toStrictEqual({ ...written, sourceRecords: { ...written.sourceRecords, bytes: expect.any(Uint8Array) } });
    expect(Buffer.from(read!.sourceRecords.bytes)).toEqual(Buffer.from(written.sourceRecords.bytes));
    expect([...read!.rejections[0].raw]).toEqual([0x30, 0x1d, 0x00, 0xff, 0xd8, 0xa7]);
  });

  it('keeps rejection bytes as bytes, not as JSON numbers', () => {
    const bytes = fileBytes(library());

    expect(Buffer.from(bytes).includes(Buffer.from([0x30, 0x1d, 0x00, 0xff, 0xd8, 0xa7]))).toBe(true);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('"raw"');
  });

  it('is a miss for another key', () => {
    expect(decodeCacheFile(fileBytes(library(), otherKey), key)).toBeUndefined();
  });

  it('reads a library with nothing in it', () => {
    const empty: CachedLibrary = { account: { code: 'x', recordsRead: 0, recordsAccepted: 0, recordsRejected: 0 }, diagnostics: [], rejections: [], clusterInputs: [], sourceRecords: sourceRecordStoreOf([]).exportEntries() };

    expect(decodeCacheFile(fileBytes(empty), key)?.account).toEqual(empty.account);
  });

  const damages: Array<{ given: string; damage: (bytes: Uint8Array) => Uint8Array }> = [
    { given: 'nothing', damage: () => new Uint8Array(0) },
    { given: 'the header only', damage: (bytes) => bytes.slice(0, 56) },
    { given: 'the last byte missing', damage: (bytes) => bytes.slice(0, -1) },
    { given: 'one byte more', damage: (bytes) => Buffer.concat([bytes, Uint8Array.of(0)]) },
    { given: 'a byte of a rejection changed', damage: (bytes) => changed(bytes, Buffer.from(bytes).indexOf(Buffer.from([0xd8, 0xa7]))) },
    { given: 'a byte of a source record changed', damage: (bytes) => changed(bytes, bytes.length - 3) },
    { given: 'the magic changed', damage: (bytes) => changed(bytes, 0) },
    { given: 'a later format version', damage: (bytes) => changed(bytes, 8) },
  ];
  it.each(damages)('is a miss, not a throw, with $given', ({ damage }) => {
    expect(decodeCacheFile(damage(fileBytes(library())), key)).toBeUndefined();
  });
});

function changed(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] ^= 0x01;
  return copy;
}
