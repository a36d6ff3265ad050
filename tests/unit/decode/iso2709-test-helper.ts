/**
 * A tiny ISO 2709 builder and splitter for the decode tests. The real reader
 * (src/ingest/parse/iso2709-reader.ts) is another stage: the decode tests must not depend on it.
 */
import { readFileSync } from 'node:fs';
import type { RawIsoRecord } from '../../../src/ingest/marc/read-result.ts';

const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** One field: tag + its bytes (indicators and 0x1F delimiters included), or a string read as Latin-1 bytes. */
export type FieldSpec = [tag: string, bytes: Uint8Array | string];

/** Bytes of a string written byte by byte (each char code < 256), for building MARC-8 or 1256 bytes. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

export function concatBytes(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((part) => (typeof part === 'string' ? latin1(part) : part));
  const out = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/** An ISO 2709 record whose leader/09 is `leader09`. */
export function buildIsoRecord(leader09: string, fields: FieldSpec[]): Uint8Array {
  const bodies = fields.map(([, bytes]) => concatBytes(bytes, Uint8Array.of(FIELD_TERMINATOR)));
  let offset = 0;
  const directory = fields.map(([tag], index) => {
    const entry = `${tag}${String(bodies[index].length).padStart(4, '0')}${String(offset).padStart(5, '0')}`;
    offset += bodies[index].length;
    return entry;
  }).join('');
  const baseAddress = 24 + directory.length + 1;
  const length = baseAddress + offset + 1;
  const leader = `${String(length).padStart(5, '0')}nam ${leader09}22${String(baseAddress).padStart(5, '0')} a 4500`;
  return concatBytes(ascii(leader), ascii(directory), Uint8Array.of(FIELD_TERMINATOR), ...bodies, Uint8Array.of(RECORD_TERMINATOR));
}

/** Splits a file of well-formed ISO 2709 records by their directories. */
export function splitIsoRecords(bytes: Uint8Array, file: string): RawIsoRecord[] {
  const records: RawIsoRecord[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(RECORD_TERMINATOR, start);
    if (end === -1) end = bytes.length - 1;
    if (end - start > 24) records.push(splitOne(bytes, start, end + 1, file, records.length + 1));
    start = end + 1;
  }
  return records;
}

function splitOne(bytes: Uint8Array, start: number, end: number, file: string, recordNumber: number): RawIsoRecord {
  const raw = bytes.subarray(start, end);
  const leader = String.fromCharCode(...raw.subarray(0, 24));
  const baseAddress = Number(leader.slice(12, 17));
  const fields: RawIsoRecord['fields'] = [];
  for (let at = 24; raw[at] !== FIELD_TERMINATOR && at + 12 <= raw.length; at += 12) {
    const entry = String.fromCharCode(...raw.subarray(at, at + 12));
    const fieldStart = baseAddress + Number(entry.slice(7, 12));
    let fieldEnd = fieldStart + Number(entry.slice(3, 7));
    if (raw[fieldEnd - 1] === FIELD_TERMINATOR) fieldEnd -= 1;
    fields.push({ tag: entry.slice(0, 3), bytes: raw.subarray(fieldStart, fieldEnd), byteOffset: start + fieldStart });
  }
  return { kind: 'raw-iso2709', leader, fields, source: { file, recordNumber, byteOffset: start }, raw, diagnostics: [] };
}

export function readIsoFile(path: string, file = path): RawIsoRecord[] {
  return splitIsoRecords(new Uint8Array(readFileSync(path)), file);
}
