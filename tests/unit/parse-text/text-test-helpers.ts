/** Helpers for the text-format reader tests: collect a reader's output, chunk bytes, find samples. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarcField, MarcRecord } from '../../../src/ingest/marc/marc-record.ts';
import type { ReadResult } from '../../../src/ingest/marc/read-result.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = resolve(here, '../../fixtures/parse-text');
export const samples = resolve(here, '../../../../shared/samples');
export const samplesPresent = existsSync(samples);

export async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const all: ReadResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** The bytes as a stream of chunks of one size (1 byte tests every split point). */
export async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

export function fileBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function records(results: ReadResult[]): MarcRecord[] {
  return results.flatMap((result) => (result.kind === 'record' ? [result.record] : []));
}

export function codes(result: ReadResult): string[] {
  return result.diagnostics.map((d) => d.code);
}

/**
 * A tiny ISO 2709 splitter for comparing with reference files: the project's real ISO
 * reader lives elsewhere; this one trusts the directory and decodes UTF-8.
 */
export function parseIso2709Utf8(bytes: Uint8Array): MarcRecord[] {
  const decoder = new TextDecoder();
  const out: MarcRecord[] = [];
  for (let start = 0; start < bytes.length;) {
    const length = Number(decoder.decode(bytes.subarray(start, start + 5)));
    const record = bytes.subarray(start, start + length);
    const base = Number(decoder.decode(record.subarray(12, 17)));
    const fields: MarcField[] = [];
    for (let entry = 24; record[entry] !== 0x1e; entry += 12) {
      const tag = decoder.decode(record.subarray(entry, entry + 3));
      const size = Number(decoder.decode(record.subarray(entry + 3, entry + 7)));
      const offset = Number(decoder.decode(record.subarray(entry + 7, entry + 12)));
      const text = decoder.decode(record.subarray(base + offset, base + offset + size - 1));
      if (/^00\d$/.test(tag)) {
        fields.push({ tag, value: text });
      } else {
        const [indicators, ...parts] = text.split('\x1f');
        const subfields = parts.map((part) => ({ code: part[0], value: part.slice(1) }));
        fields.push({ tag, ind1: indicators[0], ind2: indicators[1], subfields });
      }
    }
    out.push({ leader: decoder.decode(record.subarray(0, 24)), fields });
    start += length;
  }
  return out;
}

/** The record with every text in NFC, for comparing with sources that store decomposed text. */
export function nfc(record: MarcRecord): MarcRecord {
  return {
    leader: record.leader,
    fields: record.fields.map((field) => ('value' in field
      ? { tag: field.tag, value: field.value.normalize('NFC') }
      : { ...field, subfields: field.subfields.map((s) => ({ code: s.code, value: s.value.normalize('NFC') })) })),
  };
}
