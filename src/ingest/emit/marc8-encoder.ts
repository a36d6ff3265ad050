/**
 * Unicode -> MARC-8, for tests, sample data and the benchmark generator (the catalogue itself
 * is UTF-8). Uses the decoder's LoC tables in reverse. Characters MARC-8 lacks are written as
 * `&#xXXXX;`, MARC 21's lossless escape, which the decoder reads back.
 */
import { marc8CharacterSets } from '../decode/marc8-tables.ts';

interface Marc8Code {
  set: string;
  /** The G0 byte (0x21-0x7E), or ANSEL's 0x88-0x8E. */
  byte: number;
  combining: boolean;
}

const ESC = 0x1b;
/** Sets designated into G1 (written with byte + 0x80); all others go into G0. */
const g1Sets = new Set(['E', '4', 'Q']);
/** When a character is in several sets and none is in force, the first of these wins. */
const setPreference = ['B', 'E', '3', '4', '2', 'N', 'Q', 'S', 'g', 'b', 'p'];
const technique1 = new Set(['g', 'b', 'p']);

const codesByChar = new Map<string, Marc8Code[]>();
for (const set of setPreference) {
  const table = marc8CharacterSets[set];
  for (const [byte, char] of Object.entries(table.chars)) {
    if (char === '') continue;
    const code = { set, byte: Number(byte), combining: table.combining.includes(Number(byte)) };
    codesByChar.set(char, [...(codesByChar.get(char) ?? []), code]);
  }
}

interface EncodeState {
  g0: string;
  g1: string;
  out: number[];
}

/**
 * @example encodeMarc8('قضاء') // ESC ( 3 b V G A ESC ( B
 * @example encodeMarc8('é')    // 0xE2 'e' (acute before its base letter)
 */
export function encodeMarc8(text: string): Uint8Array {
  const state: EncodeState = { g0: 'B', g1: 'E', out: [] };
  const units = toUnits(text.normalize('NFC'));
  for (let i = 0; i < units.length;) {
    let end = i + 1;
    while (end < units.length && isMarc8Combining(units[end])) end += 1;
    // MARC-8 puts combining marks BEFORE their base letter.
    for (const mark of units.slice(i + 1, end)) writeChar(state, mark, false);
    // A literal "&#x" in the text must not read back as a character reference.
    writeChar(state, units[i], units[i] === '&' && units[i + 1] === '#' && units[i + 2] === 'x');
    i = end;
  }
  if (state.g0 !== 'B') designate(state, 'B');
  if (state.g1 !== 'E') designate(state, 'E');
  return Uint8Array.from(state.out);
}

/** Characters MARC-8 has as they are, others decomposed into base + marks where it helps. */
function toUnits(text: string): string[] {
  const units: string[] = [];
  for (const char of text) {
    if (codesByChar.has(char)) units.push(char);
    else units.push(...decompose(char));
  }
  return units;
}

/** NFD, then re-compose the base with marks while the result is still a MARC-8 letter (ơ + hook). */
function decompose(char: string): string[] {
  const [base, ...marks] = Array.from(char.normalize('NFD'));
  let current = base;
  while (marks.length > 0) {
    const composed = (current + marks[0]).normalize('NFC');
    if (Array.from(composed).length !== 1 || !codesByChar.has(composed)) break;
    current = composed;
    marks.shift();
  }
  return [current, ...marks];
}

function isMarc8Combining(char: string): boolean {
  return codesByChar.get(char)?.some((code) => code.combining) ?? false;
}

function writeChar(state: EncodeState, char: string, asReference: boolean): void {
  const codePoint = char.codePointAt(0) ?? 0;
  if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
    state.out.push(codePoint);
    return;
  }
  const code = asReference ? undefined : pickCode(state, char);
  if (code === undefined) {
    writeReference(state, codePoint);
    return;
  }
  if (code.byte >= 0x88 && code.byte <= 0x8e) {
    state.out.push(code.byte);
    return;
  }
  if (g1Sets.has(code.set)) {
    if (state.g1 !== code.set) designate(state, code.set);
    state.out.push(code.byte + 0x80);
    return;
  }
  if (state.g0 !== code.set) designate(state, code.set);
  state.out.push(code.byte);
}

/** Stay in the sets in force when they have the character: fewer escapes, as cataloguers write it. */
function pickCode(state: EncodeState, char: string): Marc8Code | undefined {
  const codes = codesByChar.get(char);
  if (codes === undefined) return undefined;
  return codes.find((code) => code.set === state.g0 || code.set === state.g1) ?? codes[0];
}

function writeReference(state: EncodeState, codePoint: number): void {
  if (state.g0 !== 'B') designate(state, 'B');
  const reference = `&#x${codePoint.toString(16).toUpperCase().padStart(4, '0')};`;
  for (const char of reference) state.out.push(char.charCodeAt(0));
}

function designate(state: EncodeState, set: string): void {
  if (g1Sets.has(set)) {
    state.out.push(ESC, 0x29, set.charCodeAt(0));
    state.g1 = set;
  } else {
    state.out.push(...(technique1.has(set) ? [ESC, set.charCodeAt(0)] : [ESC, 0x28, set.charCodeAt(0)]));
    state.g0 = set;
  }
}
