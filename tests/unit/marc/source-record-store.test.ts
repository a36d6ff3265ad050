import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { controlField, type MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { SourceRecordStore, sourceRecordStoreOf, storedRecordIn } from '../../../src/ingest/marc/source-record-store.ts';

function record(n: number, title: string): MarcRecord {
  return {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '001', value: `OM-${n}` },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: title }, { code: 'c', value: 'سالم بن محمد' }] },
    ],
  };
}

describe('SourceRecordStore', () => {
  it('gives back every record as it was added, by key and in order, Arabic, controls and astral characters included', () => {
    const titles = ['تاريخ عمان', 'Taʼrīkh ʻUmān', 'a\u001fb\u001ec\u0000d', '𝔐 😀', ''];
    const entries = titles.map((title, n): [string, MarcRecord] => [`omn\tfile.mrc\t${n + 1}`, record(n, title)]);
    const store = sourceRecordStoreOf(entries);
    expect(store.size).toBe(titles.length);
    expect(store.get('omn\tfile.mrc\t4')).toEqual(record(3, '𝔐 😀'));
    expect([...store]).toEqual(entries);
    expect([...store.keys()]).toEqual(entries.map(([key]) => key));
  });

  it('answers undefined for a key it does not hold', () => {
    const store = sourceRecordStoreOf([['a\tf\t1', record(1, 'x')]]);
    expect(store.has('a\tf\t2')).toBe(false);
    expect(store.get('a\tf\t2')).toBeUndefined();
    expect(store.storedBytes('a\tf\t2')).toBeUndefined();
  });

  it('shows a record\'s stored bytes without decoding it, different for a different record', () => {
    const store = sourceRecordStoreOf([['a\tf\t1', record(1, 'تاريخ عمان')], ['a\tf\t2', record(1, 'تاريخ عُمان')]]);
    const first = store.storedBytes('a\tf\t1')!;
    expect(JSON.parse(new TextDecoder().decode(first))).toEqual(record(1, 'تاريخ عمان'));
    expect(Buffer.from(first).equals(Buffer.from(store.storedBytes('a\tf\t2')!))).toBe(false);
  });

  it('reads a control field from the stored bytes as the decoded record gives it, whatever the field holds or lacks', () => {
    const withFields = (...fields: MarcRecord['fields']): MarcRecord => ({ leader: '00000nam a2200000 i 4500', fields });
    const records: MarcRecord[] = [
      withFields({ tag: '001', value: 'OM-1' }, { tag: '008', value: '990101s1999    mu            000 0 ara d' }),
      withFields({ tag: '008', value: 'quote " backslash \\ \u0000 تاريخ 😀' }),
      withFields({ tag: '001', value: 'no 008' }),
      withFields({ tag: '008', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'a data field tagged 008' }] }),
      withFields({ tag: '008', value: 'first' }, { tag: '008', value: 'second' }),
      withFields({ value: 'keys the other way round', tag: '008' } as MarcRecord['fields'][number]),
      withFields({ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: '{"tag":"008","value":"inside a title"}' }] }),
    ];
    const store = sourceRecordStoreOf(records.map((record, n) => [`k${n}`, record]));
    expect(records.map((_record, n) => store.controlField(`k${n}`, '008'))).toEqual(records.map((record) => controlField(record, '008')));
    expect(store.controlField('absent', '008')).toBeUndefined();
  });

  it('hands out a fresh copy, so a caller that changes one cannot change the catalogue', () => {
    const store = sourceRecordStoreOf([['a\tf\t1', record(1, 'مسقط')]]);
    store.get('a\tf\t1')!.fields.pop();
    expect(store.get('a\tf\t1')!.fields).toHaveLength(2);
  });

  it('spreads records larger than a slab, and many records, over several slabs without losing one', () => {
    const store = new SourceRecordStore();
    const big = record(0, 'نزوى '.repeat(2_000_000));
    store.add('big', big);
    for (let n = 1; n <= 20_000; n++) store.add(`k${n}`, record(n, `عنوان ${n}`));
    expect(store.get('big')).toEqual(big);
    expect(store.get('k20000')).toEqual(record(20_000, 'عنوان 20000'));
    expect(store.size).toBe(20_001);
  });

  it('lets another thread read each record from its shared slabs where storedPlace says it is', async () => {
    const store = new SourceRecordStore();
    for (let n = 1; n <= 3; n++) store.add(`k${n}`, record(n, `عنوان ${n}`));
    store.add('big', record(0, 'نزوى '.repeat(2_000_000)));
    store.add('k4', record(4, 'عنوان 4'));
    const places = [...store.keys()].map((key) => store.storedPlace(key)!);
    const code = `const { workerData, parentPort } = require('node:worker_threads');
      const decoder = new TextDecoder();
      parentPort.postMessage(workerData.places.map(([slab, start, end]) => JSON.parse(decoder.decode(new Uint8Array(workerData.slabs[slab], start, end - start)))));`;
    const worker = new Worker(code, { eval: true, workerData: { slabs: store.sharedSlabs(), places } });
    const [read] = await once(worker, 'message');
    await worker.terminate();

    expect(store.sharedSlabs().length).toBeGreaterThan(1);
    expect(read).toEqual([...store.values()]);
    expect(places.map((place) => storedRecordIn(store.sharedSlabs(), place))).toEqual([...store.values()]);
    expect(store.storedPlace('k5')).toBeUndefined();
  });

  it('says where a place points outside the slabs it was given, and why that happens', () => {
    const store = sourceRecordStoreOf([['a\tf\t1', record(1, 'x')]]);
    const [, start, end] = store.storedPlace('a\tf\t1')!;
    expect(() => storedRecordIn(store.sharedSlabs(), [1, start, end])).toThrow(`SourceRecordStore: no stored record at slab 1, bytes ${start}–${end}; the slabs were taken before the store was complete.`);
  });

  it('refuses a key added twice, saying it is a programming error', () => {
    const store = sourceRecordStoreOf([['a\tf\t1', record(1, 'x')]]);
    expect(() => store.add('a\tf\t1', record(2, 'y'))).toThrow('SourceRecordStore: a\tf\t1 was added twice; source record keys are unique by construction.');
  });
});
