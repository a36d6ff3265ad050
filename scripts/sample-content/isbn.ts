/**
 * Sample ISBNs: the publisher's prefix (real group, invented registrant) plus an item
 * number hashed from the edition key, with correct ISBN-13 and ISBN-10 check digits.
 */
import { hashText } from '../shared/seeded-random.ts';

export interface SampleIsbn {
  /** 978-9953-89-123-4 */
  hyphenated13: string;
  isbn13: string;
  isbn10: string;
  hyphenated10: string;
}

export function isbn13CheckDigit(first12: string): string {
  const sum = [...first12].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

export function isbn10CheckDigit(first9: string): string {
  const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function sampleIsbn(prefix: string, seed: string): SampleIsbn {
  const prefixDigits = prefix.replace(/-/g, '');
  const itemLength = 12 - prefixDigits.length;
  const item = String(hashText(seed) % 10 ** itemLength).padStart(itemLength, '0');
  const isbn13 = prefixDigits + item + isbn13CheckDigit(prefixDigits + item);
  const body10 = (prefixDigits + item).slice(3);
  const isbn10 = body10 + isbn10CheckDigit(body10);
  const groupAndPublisher = prefix.split('-').slice(1).join('-');
  return {
    isbn13,
    hyphenated13: `${prefix}-${item}-${isbn13.at(-1)}`,
    isbn10,
    hyphenated10: `${groupAndPublisher}-${item}-${isbn10.at(-1)}`,
  };
}
