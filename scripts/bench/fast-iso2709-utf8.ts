/**
 * UTF-8 ISO 2709 for the generator, byte-identical to src/ingest/emit/iso2709-writer.ts
 * (a test checks that on every generated record) but about five times faster: the record is
 * built as one string and encoded once, instead of one TextEncoder call per subfield. At 2M
 * records the project's writer alone would take most of the generation time.
 */
import { isControlField, type MarcRecord } from '../../src/ingest/marc/marc-record.ts';

const FIELD_TERMINATOR = '\x1e';
const RECORD_TERMINATOR = '\x1d';
const SUBFIELD_DELIMITER = '\x1f';

export function fastUtf8Iso2709(record: MarcRecord): Buffer {
  let directory = '';
  let data = '';
  let dataAt = 0;
  for (const field of record.fields) {
    let content: string;
    if (isControlField(field)) content = field.value + FIELD_TERMINATOR;
    else {
      content = field.ind1 + field.ind2;
      for (const { code, value } of field.subfields) content += SUBFIELD_DELIMITER + code + value;
      content += FIELD_TERMINATOR;
    }
    const length = Buffer.byteLength(content, 'utf8');
    if (length > 9999) throw new RangeError(`Field ${field.tag} is ${length} bytes; ISO 2709 allows 9999.`);
    directory += field.tag + pad(length, 4) + pad(dataAt, 5);
    data += content;
    dataAt += length;
  }
  const baseAddress = 24 + directory.length + 1;
  const recordLength = baseAddress + dataAt + 1;
  const given = record.leader.padEnd(24, ' ');
  const leader = `${pad(recordLength, 5)}${given.slice(5, 9)}a22${pad(baseAddress, 5)}${given.slice(17, 20)}4500`;
  return Buffer.from(leader + directory + FIELD_TERMINATOR + data + RECORD_TERMINATOR, 'utf8');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
