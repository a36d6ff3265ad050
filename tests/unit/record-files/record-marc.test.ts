import { describe, expect, it } from 'vitest';
import { unionMarcRecord } from '../../../src/archive/union-marc.ts';
import { recordMarc } from '../../../src/build/record-downloads.ts';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { sourceRecordKey } from '../../../src/ingest/pipeline.ts';
import { ingestSample } from '../archive/sample-ingest.ts';

describe('recordMarc (the MARC of a record download)', async () => {
  const ingest = await ingestSample();
  const record = ingest.unionRecords.find((r) => r.members.length > 1)!;
  const memberRecords = new Map(record.members.map((member) => [sourceRecordKey(member), ingest.sourceRecords.get(sourceRecordKey(member))!] as const));

  it('gives the union record, then each member as its library catalogued it', () => {
    expect(recordMarc(record, memberRecords, new Map())).toEqual([
      unionMarcRecord(record, ingest.sourceRecords)!.record,
      ...record.members.map((member) => ingest.sourceRecords.get(sourceRecordKey(member))),
    ]);
  });

  it('leaves out a member whose record the pipeline did not keep, and the union record when that member is the display member', () => {
    const display = record.members[record.displayMember];
    const withoutDisplay = new Map<string, MarcRecord>([...memberRecords].filter(([key]) => key !== sourceRecordKey(display)));

    expect(recordMarc(record, withoutDisplay, new Map())).toEqual(record.members.filter((member) => member !== display).map((member) => memberRecords.get(sourceRecordKey(member))));
  });

  it('leaves the holdings tag the display member\'s library declares out of the union record', () => {
    // Any tag the display member's record has will do: 650 stands in for a library's local holdings tag.
    const display = record.members[record.displayMember];
    const tags = (marc: MarcRecord) => marc.fields.map((field) => field.tag);
    expect(tags(recordMarc(record, memberRecords, new Map())[0])).toContain('650');
    expect(tags(recordMarc(record, memberRecords, new Map([[display.libraryCode, '650']]))[0])).not.toContain('650');
  });
});
