import { describe, expect, it } from 'vitest';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { SourceRecordStore, sourceRecordStoreOf } from '../../../src/ingest/marc/source-record-store.ts';

const recordOf = (n: number, title = 'كتاب'): MarcRecord => ({ leader: '00000nam a2200000 i 4500', fields: [{ tag: '001', value: `R${n}` }, { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: `${title} ${n}` }] }] }) as MarcRecord;
const entriesOf = (from: number, to: number, prefix = 'lib'): Array<[string, MarcRecord]> =>
  Array.from({ length: to - from }, (_, i) => [`${prefix}\tf.mrc\t${from + i}`, recordOf(from + i)]);

describe('packed source records', () => {
  it('copies a range of entries into another store, same keys, records and order', () => {
    const source = sourceRecordStoreOf([...entriesOf(1, 4, 'a'), ...entriesOf(1, 6, 'b'), ...entriesOf(1, 3, 'c')]);
    const target = sourceRecordStoreOf(entriesOf(1, 3, 'z'));

    target.importEntries(source.exportEntries(3, 8));

    expect([...target.entries()]).toEqual([...entriesOf(1, 3, 'z'), ...entriesOf(1, 6, 'b')]);
    expect(target.get('b\tf.mrc\t5')).toEqual(recordOf(5));
  });

  it('exports records that lie in different slabs', () => {
    const long = 'ع'.repeat(1_000_000);
    const source = new SourceRecordStore();
    for (let n = 1; n <= 5; n++) source.add(`big\t${n}`, recordOf(n, long));

    const copy = new SourceRecordStore();
    copy.importEntries(source.exportEntries());

    expect([...copy.entries()]).toEqual([...source.entries()]);
  });

  it('accepts records added after an import', () => {
    const store = new SourceRecordStore();
    store.importEntries(sourceRecordStoreOf(entriesOf(1, 3)).exportEntries());

    store.add('after\t1', recordOf(99));

    expect([...store.keys()]).toEqual(['lib\tf.mrc\t1', 'lib\tf.mrc\t2', 'after\t1']);
    expect(store.get('after\t1')).toEqual(recordOf(99));
  });

  it('refuses an import whose lengths do not add up to its bytes', () => {
    const packed = sourceRecordStoreOf(entriesOf(1, 3)).exportEntries();

    expect(() => new SourceRecordStore().importEntries({ ...packed, bytes: packed.bytes.subarray(1) })).toThrow('packed entries do not add up');
  });

  it('refuses an import of a key already in the store', () => {
    const store = sourceRecordStoreOf(entriesOf(1, 3));

    expect(() => store.importEntries(store.exportEntries(0, 1))).toThrow('lib\tf.mrc\t1 was added twice');
  });
});
