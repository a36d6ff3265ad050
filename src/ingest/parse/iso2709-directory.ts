/**
 * Finds a record's fields. The directory (12-byte entries: tag, 4-digit length, 5-digit
 * start) is trusted only when every entry checks out: numeric, inside the record, and the
 * field ends with a field terminator exactly where the entry says. Otherwise the fields are
 * recovered from the terminators themselves and given the directory's tags as best we can
 * (a field over 9999 bytes needs a 5-digit length, which shifts every later entry by one byte:
 * marc4j/bad_oversize_field_bad_directory.mrc).
 */
import { byteString, FIELD_TERMINATOR, isFiller, isTagAt, readDigits } from './iso2709-bytes.ts';
import type { IsoProblem } from './iso2709-diagnostics.ts';
import type { Iso2709Reason } from '../diagnostics/catalogue/parse-iso2709.ts';

/** Where the parts of one record are, as offsets into its bytes. `end` excludes the record terminator. */
export interface RecordLayout {
  dirStart: number;
  dirEnd: number;
  dataStart: number;
  end: number;
}

/** A field as offsets into the record's bytes: [start, end), field terminator excluded. */
export interface FieldSpan {
  tag: string;
  start: number;
  end: number;
}

export interface DirectoryRead {
  fields: FieldSpan[];
  problems: IsoProblem[];
  /** True when the directory alone located every field. */
  clean: boolean;
}

interface BrokenEntry {
  at: number;
  tag: string;
  reason: Iso2709Reason;
}

const ENTRY = 12;

export function readDirectory(raw: Uint8Array, layout: RecordLayout): DirectoryRead {
  const fields: FieldSpan[] = [];
  const broken = readEntries(raw, layout, fields);
  if (broken === undefined) return { fields, problems: [], clean: true };
  return recoverFromTerminators(raw, layout, broken);
}

/** The fields when the directory alone locates every one of them, else undefined. */
export function readDirectoryStrictly(raw: Uint8Array, layout: RecordLayout): FieldSpan[] | undefined {
  const fields: FieldSpan[] = [];
  return readEntries(raw, layout, fields) === undefined ? fields : undefined;
}

/** Fills `fields` from the directory; returns the first entry that cannot be trusted, if any. */
function readEntries(raw: Uint8Array, layout: RecordLayout, fields: FieldSpan[]): BrokenEntry | undefined {
  const { dirStart, dirEnd, dataStart, end } = layout;
  const count = Math.floor((dirEnd - dirStart) / ENTRY);
  for (let i = 0; i < count; i++) {
    const at = dirStart + i * ENTRY;
    const reason = checkEntry(raw, at, dataStart, end);
    if (reason !== undefined) return { at, tag: tagOrUnknown(raw, at), reason };
    const start = dataStart + readDigits(raw, at + 7, 5);
    fields.push({ tag: byteString(raw, at, at + 3), start, end: start + readDigits(raw, at + 3, 4) - 1 });
  }
  if ((dirEnd - dirStart) % ENTRY !== 0) {
    const last = dirStart + count * ENTRY;
    return { at: last, tag: tagOrUnknown(raw, last), reason: 'directory-length' };
  }
  const unlisted = unlistedData(raw, fields, dataStart, end);
  return unlisted < 0 ? undefined : { at: unlisted, tag: '???', reason: 'unlisted-data' };
}

/**
 * Where data that no entry covers starts, or -1. A directory that lost an entry is
 * otherwise perfectly valid, and the field it lost would vanish without a word.
 */
function unlistedData(raw: Uint8Array, fields: FieldSpan[], dataStart: number, end: number): number {
  let covered = 0;
  for (const field of fields) covered += field.end + 1 - field.start;
  if (covered >= end - dataStart) return -1; // the usual case: the entries tile the data area
  const spans = [...fields].sort((a, b) => a.start - b.start);
  let at = dataStart;
  for (const span of [...spans, { start: end, end: end - 1 }]) {
    for (let i = at; i < span.start; i++) if (!isFiller(raw[i])) return i;
    at = Math.max(at, span.end + 1);
  }
  return -1;
}

function checkEntry(raw: Uint8Array, at: number, dataStart: number, end: number): Iso2709Reason | undefined {
  if (!isTagAt(raw, at)) return 'bad-tag';
  const length = readDigits(raw, at + 3, 4);
  if (length < 0) return 'length-not-numeric';
  const start = readDigits(raw, at + 7, 5);
  if (start < 0) return 'start-not-numeric';
  const last = dataStart + start + length - 1;
  if (last >= end) return 'out-of-range';
  if (length === 0 || raw[last] !== FIELD_TERMINATOR) return 'no-terminator';
  return undefined;
}

function tagOrUnknown(raw: Uint8Array, at: number): string {
  return isTagAt(raw, at) ? byteString(raw, at, at + 3) : '???';
}

function recoverFromTerminators(raw: Uint8Array, layout: RecordLayout, broken: BrokenEntry): DirectoryRead {
  const problems: IsoProblem[] = [{ code: 'iso2709.directory-broken', ...broken }];
  const segments = splitOnTerminators(raw, layout.dataStart, layout.end);
  const entries = directoryKeys(raw, layout.dirStart, layout.dirEnd);
  const found = segments.map((s) => entries.get(positionKey(s.end - s.start + 1, s.start - layout.dataStart)));
  const used = new Set(found.map((entry) => entry?.index));
  const strideCount = Math.floor((layout.dirEnd - layout.dirStart) / ENTRY);
  const fields: FieldSpan[] = [];
  segments.forEach((segment, k) => {
    // A field whose own entry was not found takes the k-th entry's tag, unless that entry located another field.
    const strideAt = layout.dirStart + k * ENTRY;
    const tag = found[k]?.tag
      ?? (k < strideCount && !used.has(k) && isTagAt(raw, strideAt) ? byteString(raw, strideAt, strideAt + 3) : undefined);
    if (tag === undefined) {
      problems.push({ code: 'iso2709.field-without-tag', at: segment.start, params: { length: segment.end - segment.start } });
    } else {
      fields.push({ tag, start: segment.start, end: segment.end });
    }
  });
  for (let k = segments.length; k < strideCount; k++) {
    const at = layout.dirStart + k * ENTRY;
    if (!used.has(k) && isTagAt(raw, at)) problems.push({ code: 'iso2709.field-missing', at, tag: byteString(raw, at, at + 3) });
  }
  return { fields, problems, clean: false };
}

/** Data-area fields as cut by their terminators; a last unterminated piece counts unless it is filler. */
function splitOnTerminators(raw: Uint8Array, dataStart: number, end: number): { start: number; end: number }[] {
  const segments: { start: number; end: number }[] = [];
  let start = dataStart;
  while (start < end) {
    let stop = raw.indexOf(FIELD_TERMINATOR, start);
    if (stop < 0 || stop >= end) {
      stop = end;
      if (isAllFiller(raw, start, end)) break;
    }
    segments.push({ start, end: stop });
    start = stop + 1;
  }
  return segments;
}

function isAllFiller(raw: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isFiller(raw[i])) return false;
  return true;
}

/** "length+start" as a directory writes them: 4 digits (5 when the field is oversized) then 5. */
function positionKey(length: number, start: number): string {
  return String(length).padStart(4, '0') + String(start).padStart(5, '0');
}

/**
 * Every tag in the directory keyed by the digits after it, so a recovered field can find
 * its own entry even when the entries around it are shifted. Aligned entries win over
 * digit runs found at other offsets.
 */
function directoryKeys(raw: Uint8Array, dirStart: number, dirEnd: number): Map<string, { tag: string; index: number }> {
  const keys = new Map<string, { tag: string; index: number }>();
  const add = (at: number, index: number) => {
    if (!isTagAt(raw, at)) return;
    for (const digits of [9, 10]) {
      if (at + 3 + digits > dirEnd || readDigits(raw, at + 3, digits) < 0) continue;
      const key = byteString(raw, at + 3, at + 3 + digits);
      if (!keys.has(key)) keys.set(key, { tag: byteString(raw, at, at + 3), index });
    }
  };
  for (let at = dirStart; at < dirEnd; at += ENTRY) add(at, (at - dirStart) / ENTRY);
  // From the leader's start: a leader that lost bytes pulls the first entries into it (File_MARC/bad_example2.mrc).
  for (let at = Math.max(0, dirStart - 24); at < dirEnd; at++) if ((at - dirStart) % ENTRY !== 0) add(at, -1);
  return keys;
}
