import { normalizeArabic } from './normalize.ts';
import { latinSkeleton } from './romanize.ts';
import { isLatinWord, lightStem, stripArticle } from './stem.ts';
import { splitWords } from './tokenize.ts';

/** The query side of search; the contract with the record side is at the top of arabic.ts. */

/** One word of the reader's query. */
export interface QueryTerm {
  /** The normalised word as typed (for highlighting and display). */
  word: string;
  /** What the engine looks up: lightStem(word). Every record holding `word` also holds it. */
  stem: string;
  /** The reader is still typing this word: match index terms that START with `stem`. */
  prefix: boolean;
  /** Consonant skeleton for a Latin word (romanised Arabic), '' when none applies. */
  skeleton: string;
}

/** The query ends inside a word (letter, mark or digit last): the reader is still typing it. */
const ENDS_IN_WORD = /[\p{L}\p{M}\p{N}]$/u;

/**
 * The reader's query as terms for an all-words-must-match search. Only the last word can be a
 * prefix, and only while the query does not end in a space or punctuation.
 *
 * @example
 * queryTerms('تاريخ الوزا')
 * // → [{ word: 'تاريخ', stem: 'تاريخ', prefix: false, skeleton: '' },
 * //    { word: 'الوزا', stem: 'وزا', prefix: true, skeleton: '' }]
 * queryTerms('al-Qurʼān ')
 * // → [{ word: 'al', stem: 'al', prefix: false, skeleton: '' },
 * //    { word: 'quran', stem: 'quran', prefix: false, skeleton: 'krn' }]
 */
export function queryTerms(query: string): QueryTerm[] {
  const words = splitWords(normalizeArabic(query), []);
  const typing = ENDS_IN_WORD.test(query);
  return words.map((word, index) => ({
    word,
    stem: lightStem(word),
    prefix: typing && index === words.length - 1,
    skeleton: isLatinWord(word) ? latinSkeleton(word) : '',
  }));
}

/** One lookup of one run: the key to find, and whether index terms starting with it count. */
export interface RunKey {
  key: string;
  prefix: boolean;
  /**
   * A prefix key's word as typed, article off, when the stemmer cut letters off its end
   * (سلطان → سلط): an index term then matches when it EQUALS `key` or STARTS WITH `typed`, so the
   * word's own forms are found (سلطان, سلاطين through its indexed singular) and so is every word the
   * reader may still be typing (سلطانة), but not the other words that share the short stem (سلطنة →
   * سلطن). Absent: index terms starting with `key` match.
   */
  typed?: string;
}

/** The key of a word's stem; a prefix key carries the typed letters the stem dropped. */
function stemKey(term: QueryTerm): RunKey {
  const typed = stripArticle(term.word);
  return term.prefix && typed !== term.stem ? { key: term.stem, prefix: true, typed } : { key: term.stem, prefix: term.prefix };
}

/**
 * The searches an engine runs for a query; a record matches the query when it matches EVERY key
 * of at least ONE run. Run 1 looks up each term's stem (a prefix key also its typed letters, see
 * RunKey.typed). Run 2 exists when some Latin word has a
 * skeleton: those words look up their skeleton instead, Latin words without one (al, of) are left
 * out, and other words keep their stem. With Pagefind: one `search()` per run, union the results.
 *
 * @example
 * queryRuns(queryTerms('tarikh uman'))
 * // → [[{ key: 'tarikh', prefix: false }, { key: 'uman', prefix: true }],
 * //    [{ key: 'trkh', prefix: false }, { key: 'mn', prefix: true }]]
 * queryRuns(queryTerms('السلطان'))
 * // → [[{ key: 'سلط', prefix: true, typed: 'سلطان' }]]
 */
export function queryRuns(terms: readonly QueryTerm[]): RunKey[][] {
  if (terms.length === 0) return [];
  const byStem = terms.map(stemKey);
  if (!terms.some((term) => term.skeleton !== '')) return [byStem];
  const bySkeleton = terms
    .filter((term) => term.skeleton !== '' || !isLatinWord(term.word))
    .map((term) => (term.skeleton ? { key: term.skeleton, prefix: term.prefix } : stemKey(term)));
  return [byStem, bySkeleton];
}
