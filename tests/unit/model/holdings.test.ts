import { describe, expect, it } from 'vitest';
import { extractHoldings } from '../../../src/ingest/model/holdings.ts';
import { marc } from './build-record.ts';
import { haveSamples, readMarcXmlSample } from './sample-records.ts';

describe('extractHoldings', () => {
  it('reads MARC 852: sublocation as branch, shelving location, $h $i call number, barcode', () => {
    const record = marc({ '852': ['01', 'a', 'OMSQU', 'b', 'المكتبة الرئيسية', 'c', 'المراجع', 'h', '953.53', 'i', 'س ي ت', 'p', '30001000123'] });
    expect(extractHoldings(record, 'squ')).toEqual({
      holdings: [{ libraryCode: 'squ', branch: 'المكتبة الرئيسية', location: 'المراجع', callNumber: '953.53 س ي ت', barcode: '30001000123', copies: 1 }],
      problems: [],
    });
  });

  it('reads Koha 952 items and groups identical copies, keeping every barcode', () => {
    const item = (barcode: string, extra: string[] = []) =>
      ['  ', 'a', 'MCT', 'b', 'MCT', 'c', 'REF', 'o', '953.53 سيا', 'p', barcode, 'y', 'BK', ...extra];
    const record = marc({ '952': [item('1001'), item('1002'), ['  ', 'a', 'SLL', 'c', 'GEN', 'o', '953.53 سيا', 'p', '2001']] });
    expect(extractHoldings(record, 'nlo').holdings).toEqual([
      { libraryCode: 'nlo', branch: 'MCT', location: 'REF', callNumber: '953.53 سيا', barcode: '1001, 1002', copies: 2 },
      { libraryCode: 'nlo', branch: 'SLL', location: 'GEN', callNumber: '953.53 سيا', barcode: '2001', copies: 1 },
    ]);
  });

  const kohaStatuses = [
    { given: ['q', '2026-12-01'], want: 'on loan' },
    { given: ['1', '1'], want: 'lost' },
    { given: ['0', '1'], want: 'withdrawn' },
    { given: ['4', '1'], want: 'damaged' },
    { given: ['7', '1'], want: 'not for loan' },
    { given: ['7', '-1'], want: 'on order' },
    { given: ['7', '0'], want: undefined },
  ];
  it.each(kohaStatuses)('reads Koha 952 $$given.0 = $given.1 as status $want', ({ given, want }) => {
    const [holding] = extractHoldings(marc({ '952': ['  ', 'a', 'MCT', given[0], given[1]] }), 'nlo').holdings;
    expect(holding.status).toBe(want);
  });

  it('counts statuses in a group whose copies differ', () => {
    const record = marc({ '952': [['  ', 'a', 'MCT', 'o', '297 غزا'], ['  ', 'a', 'MCT', 'o', '297 غزا', 'q', '2026-12-01'], ['  ', 'a', 'MCT', 'o', '297 غزا']] });
    expect(extractHoldings(record, 'nlo').holdings).toEqual([
      { libraryCode: 'nlo', branch: 'MCT', callNumber: '297 غزا', status: 'on loan (1 of 3)', copies: 3 },
    ]);
  });

  it('reads Innovative 949: call number, location, barcode, and "-" as available', () => {
    const record = marc({ '949': [[' 1', 'a', 'DS247.O68 S59', 'l', 'main', 'i', '3900001', 's', '-'], [' 1', 'a', 'DS247.O68 S59', 'l', 'main', 'i', '3900002', 's', 'm']] });
    expect(extractHoldings(record, 'gutech').holdings).toEqual([
      { libraryCode: 'gutech', location: 'main', callNumber: 'DS247.O68 S59', barcode: '3900001, 3900002', status: 'm (1 of 2)', copies: 2 },
    ]);
  });

  it('reads UNIMARC Koha 995: branch, location, call number, barcode', () => {
    const record = marc({ '995': ['  ', 'b', 'BU', 'c', 'BU', 'e', 'Salle', 'f', '000123', 'k', '0 A 3', 'n', '2026-12-01'] });
    expect(extractHoldings(record, 'fr').holdings).toEqual([
      { libraryCode: 'fr', branch: 'BU', location: 'Salle', callNumber: '0 A 3', barcode: '000123', status: 'on loan', copies: 1 },
    ]);
  });

  it('reads a field of its own through the library mapping, with a count of copies', () => {
    const record = marc({ '999': ['  ', 'm', 'الفرع الرئيسي', 'l', 'عام', 'a', '297.1', 'w', 'ب 12', 'k', 'معار', 'n', '3'] });
    const mapping = { tag: '999', branch: 'm', location: 'l', callNumber: 'aw', status: 'k', copies: 'n' };
    expect(extractHoldings(record, 'x', mapping).holdings).toEqual([
      { libraryCode: 'x', branch: 'الفرع الرئيسي', location: 'عام', callNumber: '297.1 ب 12', status: 'معار', copies: 3 },
    ]);
  });

  it('counts items once when a record has both 952 items and an 852 summary', () => {
    const record = marc({ '852': ['  ', 'b', 'MCT'], '952': [['  ', 'a', 'MCT', 'p', '1'], ['  ', 'a', 'MCT', 'p', '2']] });
    expect(extractHoldings(record, 'nlo').holdings.map((h) => h.copies)).toEqual([2]);
  });

  it('gives a record without holdings one copy at the library, and an info problem', () => {
    expect(extractHoldings(marc({ '245': ['10', 'a', 'تاريخ عمان'] }), 'nlo')).toEqual({
      holdings: [{ libraryCode: 'nlo', copies: 1 }],
      problems: [{ code: 'model.no-holdings', severity: 'info', params: { library: 'nlo' } }],
    });
  });
});

describe.skipIf(!haveSamples)('extractHoldings on a real UNIMARC Koha export (marcjs/bib.xml)', () => {
  it('reads the call numbers of every 995, one copy each, and flags the record without one', () => {
    const results = readMarcXmlSample('marcjs/bib.xml').map((record) => extractHoldings(record, 'fr'));
    expect(results.map((r) => r.holdings.map((one) => `${one.callNumber ?? '-'} ×${one.copies}`))).toEqual([
      ['0 A 3 ×1'], ['0 A 4 ×1'], ['- ×1'], ['0 A 8 ter ×1'], ['0 A 10 (1) ×1', '0 A 10 (2) ×1'], ['0 A 12 ×1'],
    ]);
    expect(results.map((r) => r.problems.map((p) => p.code))).toEqual([[], [], ['model.no-holdings'], [], [], []]);
  });
});
