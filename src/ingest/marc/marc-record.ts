/**
 * The in-memory MARC record every reader produces and every later stage consumes.
 * Text is Unicode (NFC) by the time a record leaves the decode stage, whatever the
 * source encoding was; `source` says where the record came from, for diagnostics.
 */

export interface Subfield {
  /** One character, usually a-z or 0-9. */
  code: string;
  value: string;
}

/** 001-009: no indicators, no subfields. */
export interface ControlField {
  tag: string;
  value: string;
}

/** 010-999 (and local alphanumeric tags). */
export interface DataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: Subfield[];
}

export type MarcField = ControlField | DataField;

/** Where a record was read from: the three things a librarian needs to find it again. */
export interface RecordSource {
  /** Path of the file, relative to the content folder when there is one. */
  file: string;
  /** 1-based position of the record in its file. */
  recordNumber: number;
  /** Byte offset of the record's first byte in the file (line number for text formats is in the diagnostic). */
  byteOffset: number;
}

export interface MarcRecord {
  /** 24 characters. Readers repair a short or damaged leader and say so in a diagnostic. */
  leader: string;
  fields: MarcField[];
}

export function isControlField(field: MarcField): field is ControlField {
  return 'value' in field;
}

export function isDataField(field: MarcField): field is DataField {
  return 'subfields' in field;
}

/** Every data field with this tag, in record order. */
export function dataFields(record: MarcRecord, tag: string): DataField[] {
  return record.fields.filter((f): f is DataField => f.tag === tag && isDataField(f));
}

/** The first control field with this tag, or undefined. */
export function controlField(record: MarcRecord, tag: string): string | undefined {
  const field = record.fields.find((f) => f.tag === tag && isControlField(f));
  return field && isControlField(field) ? field.value : undefined;
}

/** Values of the subfields with these codes, in field order. */
export function subfieldValues(field: DataField, codes: string): string[] {
  return field.subfields.filter((s) => codes.includes(s.code)).map((s) => s.value);
}
