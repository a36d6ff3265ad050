/**
 * yaz/marc9.marc (LC record, 7 Arabic 880 fields in MARC-8, spaces inside Arabic runs) against
 * yaz's own UTF-8 conversion, marc9.xml. yaz drops ZWNJ (a known yaz bug), so we remove U+200C
 * from our side before comparing; marc9 has none today, the rule is there for safety.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { decodeIsoRecord } from '../../../src/ingest/decode/decode-iso-record.ts';
import { isDataField } from '../../../src/ingest/marc/marc-record.ts';
import { readIsoFile } from './iso2709-test-helper.ts';
import { haveSamples, samplesDir } from './samples.ts';

interface XmlSubfield { code: string; '#text'?: string | number }
interface XmlDataField { tag: string; subfield: XmlSubfield | XmlSubfield[] }

function yaz880Fields(): string[][] {
  const xml = readFileSync(join(samplesDir, 'yaz/marc9.xml'), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false }).parse(xml);
  const record = parsed.collection?.record ?? parsed.record;
  return (record.datafield as XmlDataField[])
    .filter((field) => field.tag === '880')
    .map((field) => [field.subfield].flat().map((subfield) => `$${subfield.code}${String(subfield['#text'] ?? '')}`));
}

describe.skipIf(!haveSamples)('yaz/marc9.marc against yaz\'s UTF-8 conversion', () => {
  it('decodes the 7 Arabic 880 fields exactly as yaz does', () => {
    const [raw] = readIsoFile(join(samplesDir, 'yaz/marc9.marc'), 'yaz/marc9.marc');
    const result = decodeIsoRecord(raw, 'auto');
    if (result.kind !== 'record') throw new Error('marc9 was rejected');
    const ours = result.record.fields
      .filter(isDataField)
      .filter((field) => field.tag === '880')
      .map((field) => field.subfields.map((subfield) => `$${subfield.code}${subfield.value.replace(/\u200C/g, '')}`));
    const theirs = yaz880Fields();
    expect(theirs).toHaveLength(7);
    expect(ours).toEqual(theirs);
    expect(ours[0]).toEqual(['$6245-01/(3/r', '$aقضاء الأسرة :', '$bمجلة متخصصة /', '$cوزارة العدل.']);
  });

  it('reads marc9 without any diagnostic (its leader/09 and its bytes agree on MARC-8)', () => {
    const [raw] = readIsoFile(join(samplesDir, 'yaz/marc9.marc'), 'yaz/marc9.marc');
    expect(decodeIsoRecord(raw, 'auto').diagnostics).toEqual([]);
  });
});
