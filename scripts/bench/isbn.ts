/** ISBNs with correct check digits, in the forms libraries type them. */
import type { Draw } from '../shared/seeded-random.ts';

/** A 978 ISBN-13 (so it also has an ISBN-10 form). */
export function isbn13(draw: Draw): string {
  let body = '978';
  for (let i = 0; i < 9; i++) body += String(draw.below(10));
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

/** The ISBN-10 of a 978 ISBN-13: 9789953891234 → 9953891234's own check digit. */
export function isbn10(isbn: string): string {
  const body = isbn.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

/** 978-99969-1-234-5: one plausible grouping (hyphens do not change the number). */
export function hyphenated(isbn: string): string {
  return `${isbn.slice(0, 3)}-${isbn.slice(3, 8)}-${isbn.slice(8, 9)}-${isbn.slice(9, 12)}-${isbn.slice(12)}`;
}
