/**
 * The comparer itself, on hand-made records: it must report what differs, readably, and accept
 * a listed difference only with the diagnostic behind it. (No samples, no tools: always runs.)
 */
import { describe, expect, it } from 'vitest';
import type { ComparableRecord } from './comparable-record.ts';
import { compareFile, formatDifference } from './compare-records.ts';
import { explainDifference, ReportedDiagnostics } from './explain-difference.ts';
import { marcXmlRecords } from './marcxml-fields.ts';
import type { ReportLine } from './run-convert.ts';

const leader = '00000nam a2200000 a 4500';
const record = (...fields: ComparableRecord['fields']): ComparableRecord => ({ leader, fields });
const title = (ind1: string, value: string) => ({ tag: '245', ind1, ind2: '0', subfields: [['a', value]] as [string, string][] });
const diagnostic = (code: string, tag: string): { file: string; line: ReportLine } => ({
  file: 'f.mrc',
  line: { file: '/x/f.mrc', recordNumber: 1, tag, code, severity: 'warning', ar: { message: '', advice: '' }, en: { message: '', advice: '' } },
});

describe('compareFile', () => {
  it.for([
    { name: 'equal records', theirs: [record(title('1', 'Kitāb'))], ours: [record(title('1', 'Kitāb'))], want: [] },
    {
      name: 'a changed value',
      theirs: [record(title('1', 'Kitāb'))], ours: [record(title('1', 'Kitab'))],
      want: ['f.mrc record 1 field 245 (changed): expected «245 10 $aKitāb» got «245 10 $aKitab»'],
    },
    {
      name: 'one missing field among equal ones, not every field after it',
      theirs: [record({ tag: '001', value: '1' }, { tag: '008', value: 'x' }, title('1', 'a'))],
      ours: [record({ tag: '001', value: '1' }, title('1', 'a'))],
      want: ['f.mrc record 1 field 008 (missing): expected «008 x» got «»'],
    },
    { name: 'a record count', theirs: [record(), record()], ours: [record()], want: ['f.mrc: record count: expected «2» got «1»'] },
    {
      name: 'a leader position that matters, not the length or leader/09',
      theirs: [{ leader: '01234cam  2200000 a 4500', fields: [] }], ours: [{ leader: '99999nam a2299999 a 4500', fields: [] }],
      want: ['f.mrc record 1 leader (leader): expected «01234cam  2200000 a 4500» got «99999nam a2299999 a 4500»'],
    },
  ])('reports $name', ({ theirs, ours, want }) => {
    expect(compareFile('f.mrc', ours, theirs).map(formatDifference)).toEqual(want);
  });
});

describe('explainDifference', () => {
  const [badIndicator] = compareFile('f.mrc', [record(title(' ', 'a'))], [record(title('-', 'a'))]);

  it('accepts a repaired indicator when fihris reported decode.bad-indicator on that field', () => {
    const reported = new ReportedDiagnostics([diagnostic('decode.bad-indicator', '245')]);
    expect(explainDifference(badIndicator, 'yaz', reported)).toEqual(['indicator-repaired']);
  });

  it('refuses the same repair when fihris said nothing about that field', () => {
    expect(explainDifference(badIndicator, 'yaz', new ReportedDiagnostics([diagnostic('decode.bad-indicator', '100')]))).toBeUndefined();
  });

  it('refuses a difference no rule lists, whatever was reported', () => {
    const [changed] = compareFile('f.mrc', [record(title('1', 'Kitab'))], [record(title('1', 'Kitāb'))]);
    const reported = new ReportedDiagnostics([diagnostic('decode.bad-indicator', '245'), diagnostic('marc8.unmapped-byte', '245')]);
    expect(explainDifference(changed, 'marc-charset', reported)).toBeUndefined();
  });

  it('accepts a decoded &#x reference without any diagnostic (it is valid MARC-8)', () => {
    const [decoded] = compareFile('f.mrc', [record(title('1', 'ℓ'))], [record(title('1', '&#x2113;'))]);
    expect(explainDifference(decoded, 'yaz', new ReportedDiagnostics([]))).toEqual(['numeric-reference-decoded']);
  });
});

describe('marcXmlRecords', () => {
  it('reads namespaced and plain MARCXML alike, keeping field order, entities and empty subfields', () => {
    const xml = `<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:record><marc:leader>${leader}</marc:leader>`
      + '<marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">A &amp; B&#13;</marc:subfield><marc:subfield code="b"/></marc:datafield>'
      + '<marc:controlfield tag="001">late</marc:controlfield></marc:record></marc:collection>';
    const plain = xml.replaceAll('marc:', '').replace('xmlns:marc', 'xmlns');
    const want = [record({ tag: '245', ind1: '1', ind2: '0', subfields: [['a', 'A & B\r'], ['b', '']] }, { tag: '001', value: 'late' })];
    expect(marcXmlRecords(xml)).toEqual(want);
    expect(marcXmlRecords(plain)).toEqual(want);
  });
});
