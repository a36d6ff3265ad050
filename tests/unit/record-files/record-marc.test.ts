import { describe, expect, it } from 'vitest';
import { unionMarcRecord } from '../../../src/archive/union-marc.ts';
import { recordMarc } from '../../../src/build/record-files.ts';
import { SourceRecordStore } from '../../../src/ingest/marc/source-record-store.ts';
import { sourceRecordKey } from '../../../src/ingest/pipeline.ts';
import { ingestSample } from '../archive/sample-ingest.ts';

/** A store that counts how often each record is decoded (`get`). */
class CountingStore extends SourceRecordStore {
  readonly decoded = new Map<string, number>();

  override get(key: string) {
    this.decoded.set(key, (this.decoded.get(key) ?? 0) + 1);
    return super.get(key);
  }
}

describe('recordMarc (the MARC of a record download)', () => {
  it('gives the union record, then each member as its library catalogued it, decoding each member once', async () => {
    const ingest = await ingestSample();
    const store = new CountingStore();
    for (const [key, record] of ingest.sourceRecords) store.add(key, record);
    const record = ingest.unionRecords.find((r) => r.members.length > 1)!;
    const marc = recordMarc(record, { sourceRecords: store, unionMarc: (r, memberRecords) => unionMarcRecord(r, memberRecords)?.record });

    expect(marc).toEqual([
      unionMarcRecord(record, ingest.sourceRecords)!.record,
      ...record.members.map((member) => ingest.sourceRecords.get(sourceRecordKey(member))),
    ]);
    // The union MARC is made from the members already decoded: the display member was decoded twice before.
    expect([...store.decoded.values()]).toEqual(record.members.map(() => 1));
  });
});
