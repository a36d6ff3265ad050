/**
 * ISBN and ISSN check digits. A number that fails its check digit is a typing error in the
 * record (or on the book): it must never be used to match records across libraries.
 */
import { asciiDigits } from './text.ts';

/**
 * The ISBN digits written at the start of a 020 subfield, without hyphens, spaces and
 * qualifiers: "978-9948-00-123-4 (pbk.)" → "9789948001234". Undefined if none.
 */
export function isbnDigits(text: string): string | undefined {
  const rest = asciiDigits(text).replace(/^\D*?(?=\d)/, '');
  // Usually one hyphenated run; some records space the groups instead ("978 9948 00 123 4").
  const run = compact(/^[\dXx-]+/.exec(rest)?.[0]);
  if (run && hasIsbnShape(run)) return run;
  return compact(/^[\dXx][\dXx\s-]*/.exec(rest)?.[0]) ?? run;
}

function compact(number: string | undefined): string | undefined {
  const digits = number?.replace(/[\s-]/g, '').toUpperCase();
  return digits ? digits : undefined;
}

/** The number as ISBN-13, or undefined when it is not a valid ISBN-10 or ISBN-13. */
export function validIsbn13(digits: string): string | undefined {
  if (/^\d{9}[\dX]$/.test(digits)) return isbn10CheckOk(digits) ? isbn10To13(digits) : undefined;
  if (/^\d{13}$/.test(digits)) return isbn13CheckOk(digits) ? digits : undefined;
  return undefined;
}

/** True when the number has the length of an ISBN (10 or 13), whatever its check digit. */
export function hasIsbnShape(digits: string): boolean {
  return /^\d{9}[\dX]$/.test(digits) || /^\d{13}$/.test(digits);
}

function isbn10CheckOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (digits[i] === 'X' ? 10 : Number(digits[i]));
  return sum % 11 === 0;
}

function isbn13CheckOk(digits: string): boolean {
  return isbn13CheckDigit(digits.slice(0, 12)) === digits[12];
}

function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** @example isbn10To13('0198526636') === '9780198526636' */
export function isbn10To13(isbn10: string): string {
  const first12 = `978${isbn10.slice(0, 9)}`;
  return first12 + isbn13CheckDigit(first12);
}

/** "0378-5955" form when the ISSN's check digit is right, else undefined. */
export function validIssn(text: string): string | undefined {
  const match = /(\d{4})\s*-?\s*(\d{3}[\dXx])/.exec(asciiDigits(text));
  if (!match) return undefined;
  const digits = (match[1] + match[2]).toUpperCase();
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (8 - i) * Number(digits[i]);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === digits[7] ? `${match[1]}-${digits.slice(4)}` : undefined;
}
