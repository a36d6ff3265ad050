/**
 * Streaming ISO 2709 (binary MARC, .mrc) reader. Cuts the byte stream at record
 * terminators (0x1D) and splits each record into tagged fields of raw bytes; decoding the
 * bytes to text is the decode stage's job. Memory holds only the current record: chunks
 * are scanned with indexOf and each record is copied once, so a 2 GB export reads in the
 * same memory as a 2 MB one.
 *
 * Accounting: every terminated piece that is not pure filler, plus a trailing piece with
 * no terminator, yields exactly one RawIsoRecord or RejectedRecord. Nothing throws on data.
 */
import { createReadStream } from 'node:fs';
import type { RawIsoRecord, RejectedRecord } from '../marc/read-result.ts';
import { concatBytes, isFiller, RECORD_TERMINATOR } from './iso2709-bytes.ts';
import { isoDiagnostic, type RecordPlace } from './iso2709-diagnostics.ts';
import { parseIsoRecord } from './iso2709-record.ts';

export interface Iso2709ReadOptions {
  /**
   * A record with no terminator after this many bytes is rejected and the reader goes on
   * at the next terminator, so a file that is not MARC cannot exhaust memory. Real records
   * reach 1 MB (marc4j/bad_hathi_records.mrc); the default leaves wide room.
   */
  maxRecordBytes?: number;
}

const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** How much of an oversized piece is kept for the rejection report. */
const OVERSIZED_HEAD_BYTES = 64 * 1024;

export async function* readIso2709(
  chunks: AsyncIterable<Uint8Array>, file: string, options: Iso2709ReadOptions = {},
): AsyncGenerator<RawIsoRecord | RejectedRecord> {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let pieces: Uint8Array[] = [];
  let pending = 0; // bytes of the current record seen so far (kept or not)
  let recordStart = 0;
  let recordNumber = 0;
  let chunkOffset = 0;

  const finish = (terminated: boolean): RawIsoRecord | RejectedRecord => {
    const place: RecordPlace = { file, recordNumber: ++recordNumber, byteOffset: recordStart };
    const result = pending > maxRecordBytes
      ? oversized(concatBytes(pieces, Math.min(pending, OVERSIZED_HEAD_BYTES)), place, maxRecordBytes)
      : parseIsoRecord(concatBytes(pieces, pending), place, terminated);
    pieces = [];
    pending = 0;
    return result;
  };
  const keep = (piece: Uint8Array) => {
    if (pending + piece.length <= maxRecordBytes) pieces.push(piece);
    else if (pending < OVERSIZED_HEAD_BYTES) pieces = [concatBytes([...pieces, piece], pending + piece.length).subarray(0, OVERSIZED_HEAD_BYTES)];
    pending += piece.length;
  };

  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      if (pending === 0) {
        // Between records: filler (0x1A, NUL, blanks, line breaks) is not a record, nor is a terminator after it.
        while (at < chunk.length && (isFiller(chunk[at]) || chunk[at] === RECORD_TERMINATOR)) at++;
        if (at === chunk.length) break;
        recordStart = chunkOffset + at;
      }
      const stop = chunk.indexOf(RECORD_TERMINATOR, at);
      if (stop < 0) {
        keep(chunk.subarray(at));
        break;
      }
      keep(chunk.subarray(at, stop + 1));
      at = stop + 1;
      yield finish(true);
    }
    chunkOffset += chunk.length;
  }
  if (pending > 0) yield finish(false);
}

function oversized(head: Uint8Array, place: RecordPlace, limit: number): RejectedRecord {
  return {
    kind: 'rejected',
    source: { file: place.file, recordNumber: place.recordNumber, byteOffset: place.byteOffset },
    raw: head,
    diagnostics: [isoDiagnostic(place, { code: 'iso2709.record-too-large', at: 0, params: { limit } })],
  };
}

/** Reads a file in 64 KiB chunks; `file` is the name diagnostics give (relative path). */
export function readIso2709File(
  path: string, file: string = path, options: Iso2709ReadOptions = {},
): AsyncGenerator<RawIsoRecord | RejectedRecord> {
  return readIso2709(createReadStream(path, { highWaterMark: 64 * 1024 }), file, options);
}
