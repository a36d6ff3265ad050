/**
 * ISO 2709 (MARC 21 exchange) bytes for one record. Lengths and offsets in the leader and
 * directory count BYTES of the encoded text: UTF-8 Arabic is 2 bytes a letter.
 */
import { isControlField, type MarcRecord } from '../marc/marc-record.ts';

export interface Iso2709Options {
  /** Text → bytes; UTF-8 by default. Pass a MARC-8 encoder together with leader09 ' '. */
  encodeText?: (text: string) => Uint8Array;
  /** Leader/09, the character coding scheme: 'a' (UTF-8, the default) or ' ' (MARC-8). */
  leader09?: string;
}

const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;
const SUBFIELD_DELIMITER = 0x1f;
const utf8 = new TextEncoder();

/**
 * Throws a RangeError when the record cannot be written in ISO 2709 at all (a field over
 * 9,999 bytes or a record over 99,999): the caller reports it and writes MARCXML instead.
 */
export function writeIso2709Record(record: MarcRecord, options: Iso2709Options = {}): Uint8Array {
  const encode = options.encodeText ?? ((text: string) => utf8.encode(text));
  const fields = record.fields.map((field) => ({ tag: field.tag, bytes: fieldBytes(field, encode) }));
  const baseAddress = 24 + fields.length * 12 + 1;
  const recordLength = baseAddress + fields.reduce((sum, { bytes }) => sum + bytes.length, 0) + 1;
  if (recordLength > 99999) throw new RangeError(`The record is ${recordLength} bytes; ISO 2709 allows 99999. Write it as MARCXML instead.`);
  const out = new Uint8Array(recordLength);
  out.set(ascii(leaderFor(record.leader, recordLength, baseAddress, options.leader09 ?? 'a')), 0);
  let entryAt = 24;
  let dataAt = 0;
  for (const { tag, bytes } of fields) {
    if (bytes.length > 9999) throw new RangeError(`Field ${tag} is ${bytes.length} bytes; ISO 2709 allows 9999. Write the record as MARCXML instead.`);
    out.set(ascii(`${tag.padEnd(3, ' ').slice(0, 3)}${pad(bytes.length, 4)}${pad(dataAt, 5)}`), entryAt);
    out.set(bytes, baseAddress + dataAt);
    entryAt += 12;
    dataAt += bytes.length;
  }
  out[entryAt] = FIELD_TERMINATOR;
  out[recordLength - 1] = RECORD_TERMINATOR;
  return out;
}

/** Field bytes with their terminator: indicators and 0x1F-delimited subfields for data fields. */
function fieldBytes(field: MarcRecord['fields'][number], encode: (text: string) => Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  if (isControlField(field)) {
    parts.push(encode(field.value));
  } else {
    parts.push(encode(oneChar(field.ind1) + oneChar(field.ind2)));
    for (const { code, value } of field.subfields) {
      parts.push(Uint8Array.of(SUBFIELD_DELIMITER), encode(oneChar(code)), encode(value));
    }
  }
  parts.push(Uint8Array.of(FIELD_TERMINATOR));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** The record's leader with the computed parts: length, coding scheme, 2/2, base address, 4500. */
function leaderFor(leader: string, recordLength: number, baseAddress: number, leader09: string): string {
  const given = leader.padEnd(24, ' ');
  return `${pad(recordLength, 5)}${given.slice(5, 9)}${leader09}22${pad(baseAddress, 5)}${given.slice(17, 20)}4500`;
}

function oneChar(value: string): string {
  return value.length > 0 ? String.fromCodePoint(value.codePointAt(0)!) : ' ';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0x7f);
}
