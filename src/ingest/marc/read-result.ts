/**
 * What readers hand to the pipeline. A reader never throws on bad data: a record it
 * cannot use becomes a RejectedRecord with its raw bytes and the reasons, so that
 * records read = records published + records rejected.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MarcRecord, RecordSource } from './marc-record.ts';

/** An ISO 2709 record split by its directory, fields still undecoded bytes. */
export interface RawIsoField {
  tag: string;
  /** Field bytes without the field terminator; indicators and 0x1F delimiters included. */
  bytes: Uint8Array;
  /** Offset of the field's first byte in the file. */
  byteOffset: number;
}

export interface RawIsoRecord {
  kind: 'raw-iso2709';
  /** The 24 leader bytes as read (ASCII). */
  leader: string;
  fields: RawIsoField[];
  source: RecordSource;
  /** Whole record as read, for the rejection report. */
  raw: Uint8Array;
  diagnostics: Diagnostic[];
}

export interface ReadRecord {
  kind: 'record';
  record: MarcRecord;
  source: RecordSource;
  /** The record's bytes as read (ISO 2709 bytes, or the UTF-8 of its text form). */
  raw: Uint8Array;
  /** Problems found and repaired: the record is kept. */
  diagnostics: Diagnostic[];
}

export interface RejectedRecord {
  kind: 'rejected';
  source: RecordSource;
  raw: Uint8Array;
  /** At least one error saying why. */
  diagnostics: Diagnostic[];
}

/** What the text-format readers yield, and what decoding a RawIsoRecord gives. */
export type ReadResult = ReadRecord | RejectedRecord;
