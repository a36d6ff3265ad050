import { describe, expect, it } from 'vitest';
import { marcJsonRecord } from '../../../src/ingest/emit/marc-json-writer.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../../../src/ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../../../src/ingest/emit/mrk-writer.ts';
import { writeIso2709Record } from '../../../src/ingest/emit/iso2709-writer.ts';
import type { MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import { readMarcJson } from '../../../src/ingest/parse/marc-json-reader.ts';
import { readMarcXml } from '../../../src/ingest/parse/marcxml-reader.ts';
import { readMrk } from '../../../src/ingest/parse/mrk-reader.ts';
import { collect, inChunks, parseIso2709Utf8, records } from '../parse-text/text-test-helpers.ts';

const arabic: MarcRecord = {
  leader: '00000cam a2200000 i 4500',
  fields: [
    { tag: '001', value: 'om-0001' },
    { tag: '008', value: '260101s2026    mk            000 0 ara d' },
    { tag: '245', ind1: '1', ind2: '0', subfields: [
      { code: 'a', value: 'تاريخ عُمان الحديث :' },
      { code: 'b', value: 'دراسة في المخطوطات /' },
    ] },
    { tag: '880', ind1: '1', ind2: ' ', subfields: [{ code: '6', value: '100-01/(3/r' }, { code: 'a', value: 'السالمي، نور الدين' }] },
  ],
};
const hostile: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: 'x\\y z' },
    { tag: '245', ind1: '0', ind2: '0', subfields: [
      { code: 'a', value: '<script>alert("x")</script> & ]]> {dollar} $5 {braces}' },
      { code: 'b', value: '  leading and trailing  ' },
    ] },
  ],
};
const encode = (text: string) => new TextEncoder().encode(text);
const readBack = {
  marcxml: async (record: MarcRecord) => records(await collect(readMarcXml(
    inChunks(encode(marcXmlCollectionStart() + marcXmlRecord(record) + marcXmlCollectionEnd()), 13), 'x'))),
  mrk: async (record: MarcRecord) => records(await collect(readMrk(inChunks(encode(mrkRecord(record)), 13), 'x'))),
  json: async (record: MarcRecord) => records(await collect(readMarcJson(inChunks(encode(JSON.stringify(marcJsonRecord(record))), 13), 'x'))),
  iso2709: async (record: MarcRecord) => parseIso2709Utf8(writeIso2709Record(record)),
};

describe('each writer round-trips through its reader', () => {
  it.each(Object.keys(readBack).flatMap((format) => [
    { format, name: 'an Arabic record', record: arabic },
    { format, name: 'a record with markup, quotes and mnemonic look-alikes', record: hostile },
  ]))('$format keeps $name unchanged', async ({ format, record }) => {
    const back = await readBack[format as keyof typeof readBack](record);
    const want = format === 'iso2709' ? { ...record, leader: back[0].leader } : record;
    expect(back).toEqual([want]);
  });
});

describe('marcXmlRecord', () => {
  it('escapes markup and never emits a character XML 1.0 forbids', () => {
    const xml = marcXmlRecord({ leader: arabic.leader, fields: [{ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'a\u0007b<&>"\uFFFF' }] }] });
    expect(xml).toContain('<marc:subfield code="a">a\uFFFDb&lt;&amp;&gt;&quot;\uFFFD</marc:subfield>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('writeIso2709Record', () => {
  it('counts directory lengths and offsets in bytes, and computes the leader', () => {
    const bytes = writeIso2709Record(arabic);
    const leader = new TextDecoder().decode(bytes.subarray(0, 24));
    expect(leader).toBe(`${String(bytes.length).padStart(5, '0')}cam a2200073 i 4500`);
    expect(bytes[bytes.length - 1]).toBe(0x1d);
    const title245 = new TextDecoder().decode(bytes.subarray(24 + 2 * 12, 24 + 3 * 12));
    const titleBytes = encode('10\x1faتاريخ عُمان الحديث :\x1fbدراسة في المخطوطات /\x1e').length;
    expect(title245).toBe(`245${String(titleBytes).padStart(4, '0')}${String(8 + 41).padStart(5, '0')}`);
  });

  it('writes leader/09 and the text with the encoder it is given', () => {
    const bytes = writeIso2709Record(hostile, { leader09: ' ', encodeText: (text) => encode(text.toUpperCase()) });
    const text = new TextDecoder().decode(bytes);
    expect(text.slice(9, 10)).toBe(' ');
    expect(text).toContain('X\\Y Z');
  });

  it('refuses a field longer than ISO 2709 can describe', () => {
    const huge: MarcRecord = { leader: arabic.leader, fields: [{ tag: '505', ind1: '0', ind2: ' ', subfields: [{ code: 'a', value: 'ع'.repeat(5000) }] }] };
    expect(() => writeIso2709Record(huge)).toThrow('Field 505 is 10005 bytes; ISO 2709 allows 9999. Write the record as MARCXML instead.');
  });
});
