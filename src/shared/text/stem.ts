/**
 * A light stemmer for normalised words (normalizeArabic output), applied on both sides.
 *
 * Why not Snowball or Lucene's light10: both strip a bare و ف ب from the front (so a reader typing
 * وزا or فهر finds nothing) and reduce بنيان to بن, which under prefix matching hits half the
 * index. Measured: this stemmer 80/82 variant queries, Snowball 75/82
 * (/work/shared/design/arabic-search.md).
 */

/** Article forms, longest first: a bare و ف ب ل ك is only a clitic in front of ال. */
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'ولل', 'فبال', 'فكال', 'فلل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/** Suffixes, longest first; at most one is stripped. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** A stem shorter than this would prefix-match a large part of the index. */
const MIN_STEM = 3;

/** True when the word starts with an Arabic-script letter (the normaliser keeps no marks). */
export function isArabicWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff);
}

/** True when the word starts with a lowercase Latin letter (normalised text, romanised or English). */
export function isLatinWord(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Removes one article form (ال وال بال كال فال لل, and و/ف before بال كال لل) when at least three
 * letters remain; a bare و ف ب is never removed, it is usually part of the root (وزارة فهرس بطوطة).
 *
 * @example
 * stripArticle('والكتاب') // → 'كتاب'
 * stripArticle('وزاره')   // → 'وزاره'
 * stripArticle('الله')    // → 'الله' (only two letters would remain)
 */
export function stripArticle(word: string): string {
  for (const prefix of ARTICLE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * English plurals only, and only the regular ones: books → book, libraries → library. Words in
 * -ss -us -is -as keep their s (Qabus, Idris, Abbas are names, not plurals).
 */
function stripEnglishPlural(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length < 4 || !word.endsWith('s')) return word;
  const before = word.charCodeAt(word.length - 2);
  if (before === 0x73 || before === 0x75 || before === 0x69 || before === 0x61) return word;
  return word.slice(0, -1);
}

/**
 * The light stem of one normalised word. Arabic: one article form off the front, then at most one
 * suffix (ها ان ات ون ين يه ه ي) off the end, never leaving fewer than three letters. Latin: a
 * regular English plural becomes singular. Anything else (digits, other scripts) is returned as is.
 *
 * @example
 * lightStem('والمكتبات') // → 'مكتب'
 * lightStem('البنيان')   // → 'بني'  (and البيان → 'بيان': the two never meet)
 * lightStem('وزاره')     // → 'وزار'
 * lightStem('libraries') // → 'library'
 */
export function lightStem(word: string): string {
  if (isArabicWord(word)) {
    const bare = stripArticle(word);
    // A short word kept its ال (الله, البر): its end is not a suffix either (الله is not الل).
    return bare === word && word.startsWith('ال') ? word : stripSuffix(bare);
  }
  return isLatinWord(word) ? stripEnglishPlural(word) : word;
}
