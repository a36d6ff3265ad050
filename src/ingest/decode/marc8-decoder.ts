/**
 * MARC-8 -> Unicode, written from the MARC 21 character set specification and the LoC code
 * tables (marc8-tables.ts), checked against MARC::Charset (see tests/unit/decode).
 * Never throws: bytes it cannot read become U+FFFD, once per run, and a Marc8Problem.
 */
import { readEscape, type Marc8SetKey } from './marc8-escape.ts';
import { marc8CharacterSets } from './marc8-tables.ts';

export type Marc8ProblemKind = 'unsupported-charset' | 'broken-escape' | 'unmapped-byte';

export interface Marc8Problem {
  kind: Marc8ProblemKind;
  /** Offset of the first byte concerned, within the decoded bytes. */
  offset: number;
  /** Human name of the character set in effect (or designated), e.g. "CJK (EACC)". */
  charset: string;
  /** The byte that could not be read, for unmapped-byte and broken-escape. */
  byte?: number;
}

/** Which sets are designated: MARC-8 starts every field with ASCII in G0 and ANSEL in G1. */
export interface Marc8State {
  g0: Marc8SetKey;
  g1: Marc8SetKey;
}

export function createMarc8State(): Marc8State {
  return { g0: 'B', g1: 'E' };
}

const ESC = 0x1b;
const REPLACEMENT = '\uFFFD';
const ANSEL = 'E';
const ASCII = 'B';
// MARC::Charset passes these through untouched whatever the sets are: 0x20 is a space
// in every MARC-8 set, including inside an Arabic run (the npm marc8 package gets this wrong).
const numericReference = /^&#x([0-9A-Fa-f]{1,6});/;

interface LookupSet {
  chars: (string | undefined)[];
  combining: boolean[];
}

/** Byte-indexed arrays: the hot loop should not hash. */
const lookupSets = new Map<Marc8SetKey, LookupSet>(Object.entries(marc8CharacterSets).map(([key, set]) => {
  const chars: (string | undefined)[] = new Array(0x8f).fill(undefined);
  for (const [byte, char] of Object.entries(set.chars)) chars[Number(byte)] = char;
  const combining: boolean[] = new Array(0x8f).fill(false);
  for (const byte of set.combining) combining[byte] = true;
  return [key, { chars, combining }];
}));

const anselSet = lookupSets.get(ANSEL)!;

const otherSetNames: Record<string, string> = { '$1': 'CJK (EACC)', '1': 'CJK (EACC)' };

/** "Basic Arabic", "CJK (EACC)", or "unknown set ESC ( X" for anything else. */
export function marc8SetName(key: Marc8SetKey): string {
  return marc8CharacterSets[key]?.name ?? otherSetNames[key] ?? `unknown set (final byte '${key.replace('$', '')}')`;
}

interface DecodeRun {
  bytes: Uint8Array;
  state: Marc8State;
  out: string;
  problems: Marc8Problem[];
  /** Combining marks read but not yet placed: they go after the next base character. */
  pending: string;
  /** True while inside a run of bytes already replaced by one U+FFFD. */
  replacing: boolean;
}

/**
 * Decodes MARC-8 bytes (one subfield value, or a whole string) to NFC Unicode. Pass the same
 * `state` for consecutive subfields of one field: a designation may outlive a subfield.
 */
export function decodeMarc8(bytes: Uint8Array, state: Marc8State = createMarc8State()): { text: string; problems: Marc8Problem[] } {
  const run: DecodeRun = { bytes, state, out: '', problems: [], pending: '', replacing: false };
  let i = 0;
  while (i < bytes.length) i = run.state.g0 === ASCII && run.pending === '' ? copyPlainAscii(run, i) : step(run, i);
  // A mark with no base after it (MARC::Charset drops it): keep it rather than lose it.
  return { text: (run.out + run.pending).normalize('NFC'), problems: run.problems };
}

/**
 * Most MARC-8 text is ASCII in G0, which reads as itself (only `&` may open a `&#x`
 * escape): such a run is copied in one piece, and anything else goes to `step`.
 */
function copyPlainAscii(run: DecodeRun, i: number): number {
  const { bytes } = run;
  let end = i;
  while (end < bytes.length && isPlainAscii(bytes[end])) end++;
  if (end === i) return step(run, i);
  run.out += String.fromCharCode.apply(null, bytes.subarray(i, end) as unknown as number[]);
  run.replacing = false;
  return end;
}

/** Printable ASCII but `&`, the whitespace MARC::Charset passes through, and 0x1D-0x1F. */
function isPlainAscii(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e && byte !== 0x26) || (byte >= 0x09 && byte <= 0x0d) || (byte >= 0x1d && byte <= 0x1f);
}

/** Reads what starts at bytes[i]; returns the offset of the next thing to read. */
function step(run: DecodeRun, i: number): number {
  const byte = run.bytes[i];
  if (byte === ESC) return applyEscape(run, i);
  const g0 = lookupSets.get(run.state.g0);
  if (g0 === undefined) {
    // A set we cannot read in G0 (EACC, unknown): everything up to the next escape is its text.
    replace(run, i, 'unsupported-charset', run.state.g0);
    return i + 1;
  }
  // The MARC structure bytes (record, field, subfield separators) pass through as in UTF-8:
  // some control fields hold 0x1F-delimited data (yaz/marc1.marc).
  if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || (byte >= 0x1d && byte <= 0x1f)) {
    run.out += String.fromCharCode(byte);
    run.replacing = false;
    return i + 1;
  }
  if (byte === 0x26 && run.state.g0 === ASCII) {
    const length = readNumericReference(run, i);
    if (length > 0) return i + length;
  }
  if (byte >= 0x21 && byte <= 0x7e) return emitFrom(run, i, g0, run.state.g0, byte);
  if (byte >= 0xa1 && byte <= 0xfe) {
    const g1 = lookupSets.get(run.state.g1);
    if (g1 === undefined) {
      replace(run, i, 'unsupported-charset', run.state.g1);
      return i + 1;
    }
    return emitFrom(run, i, g1, run.state.g1, byte - 0x80);
  }
  // 0x88-0x8E (non-sort begin/end, ZWJ, ZWNJ) are ANSEL's whatever G1 holds.
  if (byte >= 0x88 && byte <= 0x8e) return emitFrom(run, i, anselSet, ANSEL, byte);
  replace(run, i, 'unmapped-byte', run.state.g0, byte);
  return i + 1;
}

function applyEscape(run: DecodeRun, i: number): number {
  const escape = readEscape(run.bytes, i);
  if (escape.kind === 'designate') {
    run.state[escape.graphic] = escape.set;
    run.replacing = false;
  } else {
    run.problems.push({ kind: 'broken-escape', offset: i, charset: marc8SetName(run.state.g0), byte: run.bytes[i + escape.length] });
  }
  return i + escape.length;
}

function emitFrom(run: DecodeRun, i: number, set: LookupSet, setKey: Marc8SetKey, index: number): number {
  const char = set.chars[index];
  if (char === undefined) {
    replace(run, i, 'unmapped-byte', setKey, run.bytes[i]);
    return i + 1;
  }
  if (set.combining[index]) {
    run.pending += char;
  } else {
    run.out += char + run.pending;
    run.pending = '';
  }
  run.replacing = false;
  return i + 1;
}

/** `&#xXXXX;` is MARC-8's escape for characters outside its sets (MARC 21 lossless conversion). */
function readNumericReference(run: DecodeRun, i: number): number {
  const head = String.fromCharCode(...run.bytes.subarray(i, i + 11));
  const match = numericReference.exec(head);
  if (!match) return 0;
  const codePoint = parseInt(match[1], 16);
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return 0;
  run.out += String.fromCodePoint(codePoint) + run.pending;
  run.pending = '';
  run.replacing = false;
  return match[0].length;
}

/** One U+FFFD and one problem per run of unreadable bytes, never a letter per byte. */
function replace(run: DecodeRun, i: number, kind: Marc8ProblemKind, setKey: Marc8SetKey, byte?: number): void {
  if (run.replacing) return;
  run.replacing = true;
  run.out += REPLACEMENT + run.pending;
  run.pending = '';
  run.problems.push({ kind, offset: i, charset: marc8SetName(setKey), ...(byte === undefined ? {} : { byte }) });
}
