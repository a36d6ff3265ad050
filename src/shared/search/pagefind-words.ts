/**
 * The words the Pagefind engine indexes and searches. Pagefind matches every query word as the
 * start of an indexed word and has no exact lookup, so the stem سلط of a complete سلطان also found
 * سلطنة (stem سلطن), in an Omani catalogue nearly every record, and the library scope zzlibsqu
 * also found zzlibsqumain. Every indexed word therefore ends with a tatweel, a letter the
 * normaliser drops (normalize.ts), so that no index term or facet word holds one: a query word
 * with the tatweel finds exactly its word, one without it every word it starts. Measured in
 * chromium on Pagefind 1.x: it keeps the tatweel in indexed and query words.
 */
import type { RunKey } from '../text/arabic.ts';

const wordEnd = '\u0640';

/**
 * An index term or facet word as Pagefind indexes it.
 * @example pagefindIndexWord('سلط') // 'سلطـ'
 */
export function pagefindIndexWord(term: string): string {
  return term + wordEnd;
}

/**
 * The Pagefind query words that find what a run key finds (the contract in arabic.ts): a record
 * matches the key when Pagefind finds it by at least one of them. The broadest comes last.
 * @example
 * pagefindWordsOf({ key: 'سلط', prefix: false })                 // ['سلطـ']: exactly the stem
 * pagefindWordsOf({ key: 'سلط', prefix: true, typed: 'سلطا' })  // ['سلطـ', 'سلطا']: the stem, or a word starting سلطا
 * pagefindWordsOf({ key: 'zzy199', prefix: true })               // ['zzy199']: every year of the 1990s
 */
export function pagefindWordsOf(key: RunKey): string[] {
  if (!key.prefix) return [pagefindIndexWord(key.key)];
  return key.typed ? [pagefindIndexWord(key.key), key.typed] : [key.key];
}
