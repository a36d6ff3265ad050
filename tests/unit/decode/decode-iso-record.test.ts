import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIsoRecord } from '../../../src/ingest/decode/decode-iso-record.ts';
import { detectRecordEncoding } from '../../../src/ingest/decode/detect-encoding.ts';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import type { ReadResult } from '../../../src/ingest/marc/read-result.ts';
import { buildIsoRecord, readIsoFile, splitIsoRecords } from './iso2709-test-helper.ts';
import { fixturesDir, haveSamples, samplesDir } from './samples.ts';

function decodeFixture(name: string, override: 'auto' | 'utf-8' | 'marc-8' | 'windows-1256' = 'auto'): ReadResult {
  const [raw] = readIsoFile(join(fixturesDir, name), name);
  return decodeIsoRecord(raw, override, 'omn-test');
}

function recordOf(result: ReadResult): MarcRecord {
  if (result.kind !== 'record') throw new Error(`expected a record, got ${JSON.stringify(result.diagnostics)}`);
  return result.record;
}

/** "245 10 $a ... $c ..." lines, the way a cataloguer reads them. */
function lines(record: MarcRecord): string[] {
  return record.fields.map((field) => 'value' in field
    ? `${field.tag} ${field.value}`
    : `${field.tag} ${field.ind1}${field.ind2} ${field.subfields.map((s) => `$${s.code} ${s.value}`).join(' ')}`);
}

describe('decodeIsoRecord on the decode fixtures', () => {
  const cases: { fixture: string; encoding: string; want: string[] }[] = [
    {
      fixture: 'windows-1256-arabic.mrc',
      encoding: 'windows-1256',
      want: ['001 w1256-1', '100 1  $a الجاحظ، عمرو بن بحر', '245 10 $a كتاب البخلاء / $c تحقيق طه الحاجري.', '260    $a القاهرة : $b دار المعارف، $c 1958.'],
    },
    {
      fixture: 'utf8-labelled-marc8.mrc',
      encoding: 'utf-8',
      want: ['001 u8-1', '245 10 $a تاريخ عُمان / $c Sālim al-Siyābī.'],
    },
    {
      fixture: 'marc8-labelled-utf8.mrc',
      encoding: 'marc-8',
      want: ['001 m8-1', '245 10 $6 880-01 $a Taʼrīkh ʻUmān / $c Sālim al-Siyābī.', '880 10 $6 245-01/(3/r $a تاريخ عمان / $c سالم السيابي.'],
    },
  ];
  for (const { fixture, encoding, want } of cases) {
    it(`detects ${fixture} as ${encoding} whatever leader/09 says, and decodes it`, () => {
      const [raw] = readIsoFile(join(fixturesDir, fixture), fixture);
      expect(detectRecordEncoding(raw).encoding).toBe(encoding);
      const result = decodeIsoRecord(raw, 'auto');
      expect(lines(recordOf(result))).toEqual(want);
      expect(recordOf(result).leader.charAt(9)).toBe('a');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['decode.encoding-differs-from-leader']);
    });
  }

  it('says in the librarian\'s words when leader/09 and the bytes disagree', () => {
    const [diagnostic] = decodeFixture('utf8-labelled-marc8.mrc').diagnostics;
    expect(formatDiagnostic(diagnostic, 'en')).toBe('utf8-labelled-marc8.mrc, record 1, byte 0, field LDR: info: The leader (position 9 = " ") says marc-8, but the bytes are utf-8 (26 of 26 high bytes form UTF-8 characters); they were read as utf-8. Nothing to do for this catalogue. If your library system exports the same way every time, set `encoding: utf-8` in library.yml to make it explicit.');
  });

  it('lets the library\'s encoding setting win over detection', () => {
    const result = decodeFixture('windows-1256-arabic.mrc', 'marc-8');
    expect(result.diagnostics.some((d) => d.code === 'decode.encoding-differs-from-leader')).toBe(false);
    expect(lines(recordOf(result))[2]).not.toContain('كتاب');
  });

  it('replaces a CJK (EACC) run by U+FFFD and names the set and the field', () => {
    const result = decodeFixture('marc8-eacc-unsupported.mrc');
    expect(lines(recordOf(result))[1]).toBe('245 10 $a Zhongguo shi /  $b \uFFFD :');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'marc8.unsupported-charset', severity: 'warning', tag: '245', libraryCode: 'omn-test' });
    expect(formatDiagnostic(result.diagnostics[0], 'ar')).toBe('marc8-eacc-unsupported.mrc, تسجيلة 1, بايت 80, حقل 245: warning: يستعمل الحقل 245 مجموعة محارف MARC-8 \u200FCJK (EACC) التي لا يقرؤها فهرس؛ ظهر ذلك النص بالرمز \uFFFD. صدّر الملف من نظام مكتبتك بترميز UTF-8 (يونيكود) بدلاً من MARC-8، فتظهر كل الكتابات سليمة.');
  });

  it('replaces a bad indicator by a blank and keeps text before the first delimiter as $a, with warnings', () => {
    const result = decodeFixture('bad-indicator-missing-delimiter.mrc');
    expect(lines(recordOf(result)).slice(1)).toEqual(['245 1  $a Title with a bad indicator', '500    $a Note without a subfield code']);
    expect(result.diagnostics.map((d) => [d.code, d.tag, d.params?.value])).toEqual([
      ['decode.bad-indicator', '245', '#'],
      ['decode.missing-subfield-delimiter', '500', undefined],
    ]);
    expect(formatDiagnostic(result.diagnostics[0], 'en')).toContain('Indicator 2 of field 245 is "#", which is not a digit, a lowercase letter or a blank; it was replaced by a blank.');
  });

  it('reports a bad subfield code in a well-formed UTF-8 Arabic record at its byte, next to fields read the quick way', () => {
    const arabic = (text: string) => new TextEncoder().encode(text);
    const [raw] = splitIsoRecords(buildIsoRecord('a', [
      ['001', 'u8-2'],
      ['245', arabic('10\x1faتاريخ عمان /\x1fcسالم.')],
      ['650', arabic(' 4\x1f\x01عمان')],
    ]), 'bad-code.mrc');
    const result = decodeIsoRecord(raw, 'auto');
    expect(lines(recordOf(result)).slice(1)).toEqual(['245 10 $a تاريخ عمان / $c سالم.', '650  4 $? عمان']);
    const field650 = raw.fields[2];
    expect(result.diagnostics).toMatchObject([{ code: 'decode.bad-subfield-code', tag: '650', byteOffset: field650.byteOffset + 3, params: { byte: '0x01' } }]);
  });

  it('marks invalid UTF-8 with U+FFFD and a warning at the bad byte', () => {
    const result = decodeFixture('utf8-invalid-byte.mrc');
    expect(lines(recordOf(result))[1]).toBe('245 10 $a مسقط \uFFFD عاصمة عمان');
    expect(result.diagnostics).toMatchObject([{ code: 'decode.invalid-utf8', tag: '245', params: { byte: '0xD9' } }]);
  });

  it('rejects a record none of whose data fields has readable text', () => {
    const result = decodeFixture('no-usable-field.mrc');
    expect(result.kind).toBe('rejected');
    expect(result.diagnostics).toMatchObject([{ code: 'decode.no-usable-field', severity: 'error' }]);
    expect(result.raw.length).toBe(65);
  });
});

describe.skipIf(!haveSamples)('decodeIsoRecord on third-party samples', () => {
  const sample = (file: string) => readIsoFile(join(samplesDir, file), file);

  it('reads pymarc/utf8_without_leader_flag.dat as UTF-8 although leader/09 is blank', () => {
    const [raw] = sample('pymarc/utf8_without_leader_flag.dat');
    expect(detectRecordEncoding(raw).encoding).toBe('utf-8');
    expect(lines(recordOf(decodeIsoRecord(raw, 'auto')))).toContain('240 10 $a De la solitude à la communauté. $l English.');
  });

  it('tells the MARC-8 and the UTF-8 records of marc4js/marc8_utf8_mixed.mrc apart', () => {
    const encodings = sample('marc4js/marc8_utf8_mixed.mrc').map((raw) => detectRecordEncoding(raw).encoding);
    expect(encodings).toEqual(['utf-8', 'utf-8', 'marc-8', 'marc-8', 'utf-8', 'marc-8']);
  });

  it('keeps the bad bytes of pymarc/utf8_invalid.mrc visible as U+FFFD with a warning', () => {
    const result = decodeIsoRecord(sample('pymarc/utf8_invalid.mrc')[0], 'auto');
    expect(lines(recordOf(result)).join('\n')).toContain('\uFFFD');
    expect(result.diagnostics.map((d) => d.code)).toContain('decode.invalid-utf8');
  });

  it('reads ruby-marc/marc_with_bad_utf8.utf8.marc as UTF-8 and flags its cut character', () => {
    const [raw] = sample('ruby-marc/marc_with_bad_utf8.utf8.marc');
    expect(detectRecordEncoding(raw).encoding).toBe('utf-8');
    expect(decodeIsoRecord(raw, 'auto').diagnostics.map((d) => d.code)).toContain('decode.invalid-utf8');
  });
});
