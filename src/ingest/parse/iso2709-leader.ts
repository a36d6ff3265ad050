/**
 * The leader: where a record really starts, and what its numbers say. The leader's record
 * length and base address are checked, never trusted: records are cut at their terminator
 * (marc4j/bad_too_long_plus_2.mrc has a wrong length, and yaz reads none of its records),
 * and the data starts after the directory's own terminator.
 */
import { FIELD_TERMINATOR, readDigits } from './iso2709-bytes.ts';
import type { IsoProblem } from './iso2709-diagnostics.ts';

export const LEADER_LENGTH = 24;

/**
 * Offset of the leader in the bytes between two record terminators. Usually 0; when bytes
 * that are not MARC precede the record (a line of text, a broken copy), the first place
 * that looks like a leader, preferably one whose length matches, is where the record begins.
 * `recordLength` counts the record terminator when there is one.
 */
export function findRecordStart(raw: Uint8Array, end: number, recordLength: number): number {
  if (leaderFitsAt(raw, 0, end)) return 0;
  const matching = scanForLeader(raw, end, (at) => readDigits(raw, at, 5) === recordLength - at);
  if (matching > 0) return matching;
  if (readDigits(raw, 0, 5) >= 0) return 0; // a damaged leader, not garbage: the directory code copes
  const any = scanForLeader(raw, end, () => true);
  return any > 0 ? any : 0;
}

function scanForLeader(raw: Uint8Array, end: number, accept: (at: number) => boolean): number {
  for (let at = 1; at + LEADER_LENGTH < end; at++) {
    if (leaderFitsAt(raw, at, end) && accept(at)) return at;
  }
  return -1;
}

/** Digits for the length, a base address that leaves room for whole directory entries, and a field terminator just before it. */
function leaderFitsAt(raw: Uint8Array, at: number, end: number): boolean {
  if (readDigits(raw, at, 5) < 0) return false;
  const base = readDigits(raw, at + 12, 5);
  if (base <= LEADER_LENGTH || (base - LEADER_LENGTH - 1) % 12 !== 0) return false;
  return at + base - 1 < end && raw[at + base - 1] === FIELD_TERMINATOR;
}

/** Warnings about the leader's numbers; the record is read the same either way. */
export function checkLeader(raw: Uint8Array, start: number, dirEnd: number, terminated: boolean): IsoProblem[] {
  const problems: IsoProblem[] = [];
  const declared = readDigits(raw, start, 5);
  const actual = raw.length - start;
  if (declared < 0) {
    problems.push({ code: 'iso2709.leader-damaged', at: start, tag: 'LDR', reason: 'record-length-not-numeric' });
  } else if (terminated && declared !== actual) {
    problems.push({ code: 'iso2709.leader-length-mismatch', at: start, tag: 'LDR', params: { declared, actual } });
  }
  const base = readDigits(raw, start + 12, 5);
  const directoryEnd = dirEnd + 1 - start;
  if (base < 0) {
    problems.push({ code: 'iso2709.leader-damaged', at: start + 12, tag: 'LDR', reason: 'base-not-numeric' });
  } else if (base !== directoryEnd) {
    problems.push({ code: 'iso2709.base-address-wrong', at: start + 12, tag: 'LDR', params: { declared: base, actual: directoryEnd } });
  }
  return problems;
}
