/**
 * MARC-in-JSON reader (code4lib): one object, an array of objects, or JSON Lines, as a
 * stream. Every object in the file comes out as a ReadRecord or a RejectedRecord, in order;
 * memory holds one record at a time, so a multi-gigabyte array works.
 */
import type { ReadResult } from '../marc/read-result.ts';
import { parseMarcJsonRecord } from './marc-json-record.ts';
import { splitJsonRecords } from './marc-json-splitter.ts';
import { fileChunks } from './text-chunks.ts';

export async function* readMarcJson(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ReadResult> {
  let recordNumber = 0;
  for await (const slice of splitJsonRecords(chunks)) {
    recordNumber++;
    yield parseMarcJsonRecord(slice, { file, recordNumber, byteOffset: slice.byteOffset });
  }
}

export function readMarcJsonFile(path: string, file = path): AsyncGenerator<ReadResult> {
  return readMarcJson(fileChunks(path), file);
}
