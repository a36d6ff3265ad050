/**
 * Builds ISO 2709 bytes for the tests, so that each fixture reads as the record it is.
 * Field content is written as text and encoded UTF-8; the directory counts BYTES.
 */
import { readIso2709 } from '../../../src/ingest/parse/iso2709-reader.ts';
import type { RawIsoRecord, RejectedRecord } from '../../../src/ingest/marc/read-result.ts';

export const FT = '\x1e';
export const RT = '\x1d';
export const SF = '\x1f';

export type FieldSpec = [tag: string, content: string];

export interface RecordEdits {
  /** Replaces leader/00-04. */
  recordLength?: string;
  /** Replaces leader/12-16. */
  baseAddress?: string;
  /** Rewrites the directory text (without its terminator). */
  directory?: (directory: string) => string;
}

const utf8 = new TextEncoder();

export function isoRecord(fields: FieldSpec[], edits: RecordEdits = {}): Uint8Array {
  let directory = '';
  let offset = 0;
  const data: Uint8Array[] = [];
  for (const [tag, content] of fields) {
    const bytes = utf8.encode(content + FT);
    directory += tag + pad(bytes.length, 4) + pad(offset, 5);
    offset += bytes.length;
    data.push(bytes);
  }
  if (edits.directory) directory = edits.directory(directory);
  const base = 24 + directory.length + 1;
  const length = base + offset + 1;
  const leader = `${edits.recordLength ?? pad(length, 5)}nam a22${edits.baseAddress ?? pad(base, 5)} a 4500`;
  return concat([utf8.encode(leader + directory + FT), ...data, utf8.encode(RT)]);
}

export function bytesOf(text: string): Uint8Array {
  return utf8.encode(text);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The bytes as a stream of chunks of this size (whole when omitted). */
export async function* chunked(bytes: Uint8Array, size = bytes.length || 1): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function readAll(bytes: Uint8Array, chunkSize?: number, options = {}): Promise<(RawIsoRecord | RejectedRecord)[]> {
  const results: (RawIsoRecord | RejectedRecord)[] = [];
  for await (const item of readIso2709(chunked(bytes, chunkSize), 'test.mrc', options)) results.push(item);
  return results;
}

export function kept(item: RawIsoRecord | RejectedRecord): RawIsoRecord {
  if (item.kind !== 'raw-iso2709') throw new Error(`expected a kept record, got ${JSON.stringify(item.diagnostics)}`);
  return item;
}

export function tagsOf(item: RawIsoRecord | RejectedRecord): string[] {
  return item.kind === 'raw-iso2709' ? item.fields.map((f) => f.tag) : [];
}

export function codesOf(item: RawIsoRecord | RejectedRecord): string[] {
  return item.diagnostics.map((d) => d.code);
}

export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A small Arabic UTF-8 record used across tests. */
export const arabicFields: FieldSpec[] = [
  ['001', 'OM-0001'],
  ['245', `10${SF}aالأدب العربي الحديث :${SF}bدراسة /${SF}cمحمد بن علي.`],
  ['260', `  ${SF}aمسقط :${SF}bوزارة التراث،${SF}c1999.`],
];
