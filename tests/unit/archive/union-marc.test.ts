import { describe, expect, test } from 'vitest';
import { holdingField, unionMarcRecord } from '../../../src/archive/union-marc.ts';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { sourceRecordKey } from '../../../src/ingest/pipeline.ts';
import type { BibliographicDescription, Member, UnionRecord } from '../../../src/shared/catalog-schema.ts';

const description: BibliographicDescription = {
  title: { proper: 'تاريخ عمان', variants: [] }, names: [], publication: {}, series: [], subjects: [],
  classification: { dewey: [], lc: [] }, identifiers: { isbn: [], invalidIsbn: [], issn: [], lccn: [], systemNumbers: [] },
  languages: ['ara'], notes: [], links: [], format: 'book',
};
const member = (libraryCode: string, recordNumber: number, controlNumber: string, controlNumberIdentifier?: string): Member =>
  ({ libraryCode, file: `libraries/${libraryCode}/cat.mrc`, recordNumber, controlNumber, controlNumberIdentifier, rule: 'isbn', description });

const squRecord: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: '10461' },
    { tag: '003', value: 'OmMuSQU' },
    { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '(OmNzUN)UNZ1' }] },
    { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'تاريخ عمان' }] },
    { tag: '952', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'MAIN' }, { code: 'p', value: 'B1' }] },
    { tag: '999', ind1: ' ', ind2: ' ', subfields: [{ code: 'c', value: '5' }] },
  ],
};
const record: UnionRecord = {
  id: 'abc123', url: 'r/abc123.html', description, displayMember: 1,
  members: [member('unizwa', 4, 'UNZ1', 'OmNzUN'), member('squ-main', 2, '10461', 'OmMuSQU')],
  holdings: [
    { libraryCode: 'unizwa', callNumber: '953 ت ع', copies: 1 },
    { libraryCode: 'squ-main', branch: 'MAIN', barcode: 'B1', status: 'on loan', copies: 3 },
  ],
};
const sources = new Map([[sourceRecordKey(record.members[1]), squRecord]]);

const summary = (marc: MarcRecord) => marc.fields.map((f) => ('value' in f ? `${f.tag} ${f.value}` : `${f.tag} ${f.subfields.map((s) => `$${s.code}${s.value}`).join('')}`));

describe('unionMarcRecord', () => {
  test('builds the union record from the display member, with the union id, member ids, provenance and every holding', () => {
    const union = unionMarcRecord(record, sources, new Map([['squ-main', '999']]))!;
    expect(summary(union.record)).toEqual([
      '001 abc123',
      '035 $a(OmNzUN)UNZ1',
      '035 $a(FIHRIS)abc123',
      '035 $a(OmMuSQU)10461',
      '245 $aتاريخ عمان',
      '852 $aunizwa$h953 ت ع',
      '852 $asqu-main$bMAIN$pB1$zon loan$z3 copies',
      '884 $aFihris union record: bibliographic fields from the display member$klibraries/squ-main/cat.mrc#2 (001 10461)$qsqu-main',
    ]);
  });

  test('says which library each field came from', () => {
    const union = unionMarcRecord(record, sources)!;
    const from = union.record.fields.map((f, i) => `${f.tag}:${union.fieldSources[i]}`);
    expect(from).toContain('245:squ-main');
    expect(from).toContain('035:fihris');
    expect(from.filter((f) => f.startsWith('852')).every((f) => f.endsWith(':fihris'))).toBe(true);
    expect(from[0]).toBe('001:fihris');
  });

  test('keeps a local tag that is not that library\'s declared holdings tag', () => {
    const union = unionMarcRecord(record, sources)!;
    expect(union.record.fields.map((f) => f.tag)).toContain('999');
    expect(union.record.fields.map((f) => f.tag)).not.toContain('952');
  });

  test('gives nothing when the display member\'s MARC is unknown', () => {
    expect(unionMarcRecord(record, new Map())).toBeUndefined();
  });
});

describe('holdingField', () => {
  const cases: Array<{ given: UnionRecord['holdings'][number]; want: string }> = [
    { given: { libraryCode: 'sur-public', copies: 1 }, want: '$asur-public' },
    { given: { libraryCode: 'a', location: 'المراجع', callNumber: '297 ق', copies: 2 }, want: '$aa$cالمراجع$h297 ق$z2 copies' },
  ];
  test.each(cases)('852 for $given.libraryCode', ({ given, want }) => {
    expect(holdingField(given).subfields.map((s) => `$${s.code}${s.value}`).join('')).toBe(want);
  });
});
