/**
 * THE Arabic search text functions, imported by the indexer (Node) and the search box (browser).
 * Plain TypeScript: no node:*, no DOM, no dependencies.
 *
 * THE CONTRACT both sides rely on
 * --------------------------------
 * Index side: for each record, the engine indexes `indexTerms(text).join(' ')` for every searchable
 * text, with the engine's own stemming OFF (Pagefind: a language code with no stemmer, one index
 * for all records, e.g. forceLanguage) — its stemmer would strip و ف ب off typed words and merge
 * البنيان with البيان. Index terms are already lowercase, mark-free and alphanumeric, so an
 * engine's own folding leaves them unchanged.
 *
 * Query side: `queryTerms(query)` then `queryRuns(terms)`. A record matches a run when, for EVERY
 * key of the run, the record has an index term equal to the key, or, for a key with
 * `prefix: true`, an index term starting with the key's `typed` letters when it has them (the
 * word as typed, article off, when the stemmer cut its end: سلطان → سلط), else with the key. The
 * query matches when ANY run matches. An empty query matches nothing.
 *
 * Why it holds: a record word w is indexed with w, stripArticle(w) and lightStem(w); a query word q
 * looks up lightStem(q); equal spellings up to normalisation give equal stems. So the browser
 * sends STEMS, never the raw words: والكتاب must find a record saying كتاب, which only shares
 * the stem. The word still being typed matches its stem exactly or its typed letters as a prefix:
 * every word it may become is found, and a complete word's own forms, but not the other words
 * that share a short stem (سلطان does not find سلطنة, whose stem is سلطن). A bare و ف ب is never
 * stripped: وزا, فهر, بطو reach وزارة, فهرس, بطوطة.
 * Romanised queries: run 2 sends latinSkeleton(q) for Latin words, which meets the
 * arabicToLatinKey() terms indexed for Arabic words (tarikh uman → trkh mn ← تاريخ عمان), and the
 * latinSkeleton() terms indexed for the Latin words of names (fieldTerms() in
 * src/shared/search/field-terms.ts: khaldun → khldn ← Khaldoun).
 * Broken plurals are expanded on the record side only, both ways (كتب ↔ كتاب).
 *
 * Pagefind prefix-matches every query word and has no exact lookup (it would look up سلطان as
 * سلط*, which also finds سلطنة), so its index ends each term with a mark that a key can end
 * with too, to be looked up exactly (src/shared/search/pagefind-words.ts). The strict reading
 * above is what tests/unit/shared-text/search-contract.test.ts pins with its `matches()` helper.
 *
 * With Pagefind: for each run, one search per key's words and the records every key found,
 * union over the runs (src/client/search/pagefind-engine.ts). Pagefind silently drops a query
 * word found nowhere in the index, which is why each key is searched on its own.
 */

export { normalizeArabic } from './normalize.ts';
export { isLatinWord, lightStem, stripArticle } from './stem.ts';
export { tokenize } from './tokenize.ts';
export { indexTerms } from './index-terms.ts';
export { queryRuns, queryTerms } from './query-terms.ts';
export type { QueryTerm, RunKey } from './query-terms.ts';
export { arabicToLatinKey, foldRomanized, latinSkeleton } from './romanize.ts';
export { otherNumberTerms } from './broken-plurals.ts';
