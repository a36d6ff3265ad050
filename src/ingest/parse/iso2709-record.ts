/**
 * One record's bytes (from its leader to its record terminator) into a RawIsoRecord, or a
 * RejectedRecord when nothing usable is in them. Never throws: every oddity is a problem
 * turned into a diagnostic.
 */
import type { RawIsoField, RawIsoRecord, RejectedRecord } from '../marc/read-result.ts';
import type { Iso2709Reason } from '../diagnostics/catalogue/parse-iso2709.ts';
import { byteString, FIELD_TERMINATOR, readDigits } from './iso2709-bytes.ts';
import { isoDiagnostic, type IsoProblem, type RecordPlace } from './iso2709-diagnostics.ts';
import { readDirectory, readDirectoryStrictly, type RecordLayout } from './iso2709-directory.ts';
import { checkLeader, findRecordStart, LEADER_LENGTH } from './iso2709-leader.ts';

/**
 * `raw` is the record's own copy (fields are views into it). `terminated` is false for the
 * piece after the file's last record terminator.
 */
export function parseIsoRecord(raw: Uint8Array, place: RecordPlace, terminated: boolean): RawIsoRecord | RejectedRecord {
  const end = terminated ? raw.length - 1 : raw.length;
  const start = findRecordStart(raw, end, raw.length);
  const problems: IsoProblem[] = start > 0 ? [{ code: 'iso2709.garbage-skipped', at: 0, params: { length: start } }] : [];
  const reject = (reason: Iso2709Reason) => rejected(raw, place, problems, terminated, reason);
  if (end - start < LEADER_LENGTH) return reject('shorter-than-leader');
  const located = locateFields(raw, start, end);
  if (located === undefined) return reject('no-directory-end');
  const { directory } = located;
  problems.push(...checkLeader(raw, start, located.dirEnd, terminated), ...located.problems, ...directory.problems);
  if (directory.fields.length === 0) return reject('no-fields');
  // Truncated last record: kept only when the directory located every field, each with
  // its terminator, so that nothing but the record terminator itself is missing. Anything
  // less may hide a cut field, which would reach the catalogue as if complete.
  if (!terminated) {
    if (!directory.clean) return reject('no-fields');
    problems.push({ code: 'iso2709.record-terminator-missing', at: end });
  }
  const fields: RawIsoField[] = directory.fields.map((span) => ({
    tag: span.tag,
    bytes: raw.subarray(span.start, span.end),
    byteOffset: place.byteOffset + span.start,
  }));
  return {
    kind: 'raw-iso2709',
    leader: byteString(raw, start, start + LEADER_LENGTH),
    fields,
    source: { file: place.file, recordNumber: place.recordNumber, byteOffset: place.byteOffset + start },
    raw: start === 0 ? raw : raw.subarray(start),
    diagnostics: problems.map((problem) => isoDiagnostic(place, problem)),
  };
}

/**
 * The directory normally ends at the first field terminator after the leader. When the
 * fields do not check out that way but do with the leader's base address, the directory's
 * own terminator was damaged (MARC-Record/baddir.usmarc): trust the leader then, since
 * pairing terminator-cut fields with tags could shift every tag by one.
 */
function locateFields(raw: Uint8Array, start: number, end: number) {
  const dirStart = start + LEADER_LENGTH;
  const firstTerminator = raw.indexOf(FIELD_TERMINATOR, dirStart);
  const found = firstTerminator >= 0 && firstTerminator < end
    ? { dirStart, dirEnd: firstTerminator, dataStart: firstTerminator + 1, end }
    : undefined;
  const directory = found && readDirectory(raw, found);
  if (found && directory && directory.clean) return { dirEnd: found.dirEnd, directory, problems: [] };
  const declared = declaredLayout(raw, start, end);
  const fields = declared && declared.dirEnd !== found?.dirEnd ? readDirectoryStrictly(raw, declared) : undefined;
  if (declared && fields) {
    const problems: IsoProblem[] = [{ code: 'iso2709.directory-end-damaged', at: declared.dirEnd }];
    return { dirEnd: declared.dirEnd, directory: { fields, problems: [], clean: true }, problems };
  }
  return found && directory ? { dirEnd: found.dirEnd, directory, problems: [] } : undefined;
}

/** Directory and data as the leader's base address (leader/12-16) places them, when that is possible at all. */
function declaredLayout(raw: Uint8Array, start: number, end: number): RecordLayout | undefined {
  const base = readDigits(raw, start + 12, 5);
  if (base <= LEADER_LENGTH || (base - LEADER_LENGTH - 1) % 12 !== 0 || start + base >= end) return undefined;
  return { dirStart: start + LEADER_LENGTH, dirEnd: start + base - 1, dataStart: start + base, end };
}

/** The whole piece goes to the rejection report, with the reasons found so far and the final error. */
function rejected(
  raw: Uint8Array, place: RecordPlace, problems: IsoProblem[], terminated: boolean, reason: Iso2709Reason,
): RejectedRecord {
  const error: IsoProblem = terminated
    ? { code: 'iso2709.record-unreadable', at: 0, reason, params: { length: raw.length } }
    : { code: 'iso2709.truncated-record', at: 0, params: { length: raw.length } };
  return {
    kind: 'rejected',
    source: { file: place.file, recordNumber: place.recordNumber, byteOffset: place.byteOffset },
    raw,
    diagnostics: [...problems, error].map((problem) => isoDiagnostic(place, problem)),
  };
}
