/**
 * Reads one MARC-8 escape sequence (ISO 2022 designations as MARC 21 uses them).
 * MARC 21 Specifications, "Character sets, part 3": G0 by ESC ( F or ESC , F; G1 by
 * ESC ) F or ESC - F; the multibyte EACC set by ESC $ F, ESC $ , F, ESC $ ) F, ESC $ - F;
 * ANSEL may be written with an extra "!" (ESC ) ! E). Technique 1 (ESC g, ESC b, ESC p)
 * switches G0 to Greek symbols, subscripts or superscripts; ESC s returns to ASCII.
 */

const ESC = 0x1b;

/** A set is named by its final byte; multibyte sets get a "$" prefix ("$1" is EACC). */
export type Marc8SetKey = string;

export type Marc8Escape =
  | { kind: 'designate'; graphic: 'g0' | 'g1'; set: Marc8SetKey; length: number }
  /** Not a designation we know: skip `length` bytes (at least the ESC) and go on. */
  | { kind: 'broken'; length: number };

const technique1: Record<number, Marc8SetKey> = { 0x67: 'g', 0x62: 'b', 0x70: 'p', 0x73: 'B' };
const g0Intermediates = new Set([0x28, 0x2c]); // ( ,
const g1Intermediates = new Set([0x29, 0x2d]); // ) -
const MULTIBYTE = 0x24; // $
const ANSEL_EXTRA = 0x21; // !

/** The escape sequence starting at bytes[at], which must be ESC. */
export function readEscape(bytes: Uint8Array, at: number): Marc8Escape {
  if (bytes[at] !== ESC) throw new Error(`readEscape called at offset ${at}, which is not ESC`);
  const first = bytes[at + 1];
  if (first === undefined) return { kind: 'broken', length: 1 };
  const technique1Set = technique1[first];
  if (technique1Set !== undefined) return { kind: 'designate', graphic: 'g0', set: technique1Set, length: 2 };

  let position = at + 1;
  let prefix = '';
  if (first === MULTIBYTE) {
    prefix = '$';
    position += 1;
  }
  const intermediate = bytes[position];
  let graphic: 'g0' | 'g1' = 'g0';
  if (intermediate !== undefined && g1Intermediates.has(intermediate)) {
    graphic = 'g1';
    position += 1;
  } else if (intermediate !== undefined && g0Intermediates.has(intermediate)) {
    position += 1;
  } else if (prefix === '') {
    return { kind: 'broken', length: 1 };
  }
  if (bytes[position] === ANSEL_EXTRA && prefix === '') position += 1;
  const final = bytes[position];
  // A final byte is 0x30-0x7E; anything else means the sequence was cut short.
  if (final === undefined || final < 0x30 || final > 0x7e) return { kind: 'broken', length: position - at };
  return { kind: 'designate', graphic, set: prefix + String.fromCharCode(final), length: position - at + 1 };
}
