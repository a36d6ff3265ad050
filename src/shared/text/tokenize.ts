import { normalizeArabic } from './normalize.ts';

/**
 * One pass of a precompiled regex over the whole normalised string (native, fast). Alternatives:
 * a hyphenated digit run (ISBN candidate), a bare ISBN-10 ending in x, a digit run, a letter run.
 * Digits and letters are separate words so "c1990" and "1990" meet.
 */
const WORD = /(?:\d+-)+\d*[\dx](?![\p{L}\p{M}\d])|\d{9}x(?![\p{L}\p{M}\d])|\d+|[\p{L}\p{M}]+/gu;

/**
 * A hyphenated digit run is an ISBN (kept whole, hyphens removed, so typed with or without hyphens
 * it is the same word) when it has 10 or 13 digits or starts with the 978/979 prefix (a reader
 * typing an ISBN). Anything else (1990-2000, 0028-0836) splits at the hyphens.
 */
function isIsbnLike(run: string): boolean {
  if (run.startsWith('978-') || run.startsWith('979-')) return true;
  let digits = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) !== 0x2d) digits++;
  return digits === 10 || digits === 13;
}

/** Appends the words of already-normalised text to `words`. */
export function splitWords(normalised: string, words: string[]): string[] {
  for (const [run] of normalised.matchAll(WORD)) {
    if (!run.includes('-')) words.push(run);
    else if (isIsbnLike(run)) words.push(run.replaceAll('-', ''));
    else for (const part of run.split('-')) if (part !== '') words.push(part);
  }
  return words;
}

/**
 * Normalises text (normalizeArabic) and splits it into words: runs of letters, runs of digits.
 * Hyphens and all punctuation split words, except inside an ISBN, which stays one word.
 *
 * @example
 * tokenize('Taʼrīkh al-ʻUmān، ٢٠٠٥') // → ['tarikh', 'al', 'uman', '2005']
 * tokenize('ISBN 978-9953-68-123-4')  // → ['isbn', '9789953681234']
 */
export function tokenize(text: string): string[] {
  return splitWords(normalizeArabic(text), []);
}
