import { otherNumberTerms } from './broken-plurals.ts';
import { normalizeArabic } from './normalize.ts';
import { arabicSkeleton, arabicToLatinKey } from './romanize.ts';
import { isArabicWord, lightStem, stripArticle } from './stem.ts';
import { splitWords } from './tokenize.ts';

/** The record side of search; the contract with the query side is at the top of arabic.ts. */

const ZWNJ = '\u200c';
const HAMZA_ON_SEAT = /[\u0624\u0626\u0654]/;
const HAMZA_SEATS = /[\u0624\u0626]/g;

/**
 * Catalogue vocabulary is Zipfian: most words of a million records are repeats. The terms of a
 * word are computed once and kept, up to a bound so a long indexing run cannot grow it forever.
 */
const wordTermsCache = new Map<string, readonly string[]>();
const WORD_TERMS_CACHE_SIZE = 100_000;

function wordTerms(word: string): readonly string[] {
  let terms = wordTermsCache.get(word);
  if (terms === undefined) {
    if (wordTermsCache.size >= WORD_TERMS_CACHE_SIZE) wordTermsCache.clear();
    const found = new Set<string>();
    addWordTerms(word, found);
    terms = [...found];
    wordTermsCache.set(word, terms);
  }
  return terms;
}

function addWordTerms(word: string, terms: Set<string>): void {
  terms.add(word);
  if (!isArabicWord(word)) {
    terms.add(lightStem(word));
    return;
  }
  // The article-less form lets a reader typing مكتبا reach المكتبات; the stem finds مكتبة.
  const bare = stripArticle(word);
  terms.add(bare);
  addStemTerms(lightStem(word), terms);
  // الألفاظ: a reader typing ألفاظ looks up its stem فاظ.
  if (bare !== word && bare.startsWith('ال')) addStemTerms(lightStem(bare), terms);
  addCliticFreeTerms(bare, terms);
  const key = arabicToLatinKey(word);
  addKey(key, word, terms);
  // Whole-word key: "altarikh" romanised without a hyphen, and ألفاظ (alfaz), whose own ال
  // stripArticle() takes for the article.
  if (key !== '' && word.startsWith('ال')) addKey(arabicSkeleton(word), word, terms);
}

/** A bare clitic و ف ب ل before a word with no article: وحضارتها, بكتاب, لعمان (ك starts too many words: كتاب). */
const BARE_CLITIC = /^[\u0648\u0641\u0628\u0644](?!ال)/;

/**
 * Record side only: the word without a bare clitic, so حضارة finds وحضارتها. The query side never
 * strips a bare و ف ب (the reader typing وزا must reach وزارة), so this adds recall and takes
 * none away. A taa marbuta written ت before a suffix (حضارتها) also gives the stem of the ة form.
 */
function addCliticFreeTerms(word: string, terms: Set<string>): void {
  if (BARE_CLITIC.test(word) && word.length - 1 >= 4) addTaaMarbutaStem(word.slice(1), terms, true);
  addTaaMarbutaStem(word, terms, false);
}

function addTaaMarbutaStem(word: string, terms: Set<string>, withWord: boolean): void {
  const stem = lightStem(word);
  if (withWord) {
    terms.add(word);
    addStemTerms(stem, terms);
  }
  if (stem !== word && stem.endsWith('ت') && stem.length > 3) addStemTerms(lightStem(`${stem.slice(0, -1)}ه`), terms);
}

function addStemTerms(stem: string, terms: Set<string>): void {
  terms.add(stem);
  const otherNumber = otherNumberTerms(stem);
  if (otherNumber) for (const term of otherNumber) terms.add(term);
}

function addKey(key: string, word: string, terms: Set<string>): void {
  if (key === '') return;
  terms.add(key);
  // A final ه may be a taa marbuta, romanised -ah / -a, or -at in a construct (Wizārat al-…).
  if (word.endsWith('ه')) terms.add(key + 't');
}

function addTextTerms(normalised: string, terms: Set<string>): void {
  for (const word of splitWords(normalised, [])) for (const term of wordTerms(word)) terms.add(term);
}

/** Letters, marks and joiners of an Arabic-script word; Arabic punctuation ends it. */
function isInArabicWord(code: number): boolean {
  if (code === 0x200c || code === 0x200d) return true;
  if (code < 0x0610 || code > 0x06ff) return false;
  return code !== 0x061b && code !== 0x061f && code !== 0x06d4 && (code < 0x066a || code > 0x066d);
}

/**
 * ؤ and ئ fold to different letters (مسؤول → مسوول, مسئول → مسيول), and the two spellings are
 * both current: a word written with one seat is also indexed as written with the other. Scans by
 * hand: a regex around each seat backtracks over every letter of the text.
 */
function addHamzaTwins(text: string, terms: Set<string>): void {
  const raw = text.includes('\u0654') ? text.normalize('NFC') : text;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code !== 0x0624 && code !== 0x0626) continue;
    let start = i;
    while (start > 0 && isInArabicWord(raw.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < raw.length && isInArabicWord(raw.charCodeAt(end))) end++;
    const twin = raw.slice(start, end).replace(HAMZA_SEATS, (seat) => (seat === '\u0624' ? '\u0626' : '\u0624'));
    addTextTerms(normalizeArabic(twin), terms);
    i = end;
  }
}

/**
 * The terms to index for a piece of record text (feed them to the engine joined by spaces): each
 * normalised word, its article-less form and light stem, the other grammatical number of a known
 * broken plural, the consonant-skeleton key of an Arabic word (for romanised queries), the parts
 * of a ZWNJ compound, and the other hamza-seat spelling. Deduplicated, in first-seen order.
 *
 * @example
 * indexTerms('والكتب')
 * // → ['والكتب', 'كتب', 'كتاب', 'ktb']
 * indexTerms('Ibn Khaldūn')
 * // → ['ibn', 'khaldun']
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  addTextTerms(normalizeArabic(text), terms);
  if (text.includes(ZWNJ)) addTextTerms(normalizeArabic(text.replaceAll(ZWNJ, ' ')), terms);
  if (HAMZA_ON_SEAT.test(text)) addHamzaTwins(text, terms);
  return [...terms];
}
