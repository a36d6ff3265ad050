/**
 * The deliberately broken records listed in content/README.md: one without a title, one
 * with an ISBN whose check digit is wrong, one whose ISO 2709 directory points outside
 * the record. Each exercises a rejection or diagnostic path on real-looking data.
 */
import type { DataField, MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import type { Edition } from './editions.ts';
import { data } from './field-builders.ts';
import { editionIsbn } from './isbn-fields.ts';
import type { Defect } from './libraries.ts';

/** Damage done to the record before it is written. */
export function damageRecord(record: MarcRecord, edition: Edition, defect: Defect | undefined): MarcRecord {
  if (defect === 'no-title') {
    return { ...record, fields: record.fields.filter((f) => f.tag !== '245' && !(f.tag === '880' && (f as DataField).subfields[0]?.value.startsWith('245'))) };
  }
  if (defect === 'invalid-isbn') {
    const isbn = editionIsbn(edition)!.isbn13;
    const wrong = isbn.slice(0, 12) + String((Number(isbn[12]) + 3) % 10);
    const fields = record.fields.filter((f) => f.tag !== '020');
    const at = fields.findIndex((f) => f.tag > '020');
    fields.splice(at, 0, data('020', '  ', [['a', wrong]]));
    return { ...record, fields };
  }
  return record;
}

/** Damage done to the written bytes: the 245 directory entry's start points past the record's end. */
export function damageBytes(bytes: Uint8Array, defect: Defect | undefined): Uint8Array {
  if (defect !== 'broken-directory') return bytes;
  const out = bytes.slice();
  const ascii = new TextDecoder('latin1');
  for (let entry = 24; out[entry] !== 0x1e; entry += 12) {
    if (ascii.decode(out.subarray(entry, entry + 3)) === '245') {
      out.set(new TextEncoder().encode('98765'), entry + 7);
      return out;
    }
  }
  throw new Error('no 245 to break');
}
