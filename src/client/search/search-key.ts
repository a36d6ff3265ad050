import { queryRuns, queryTerms } from '../../shared/text/arabic.ts';

/**
 * The lookups a query needs, one list of keys per run (see the contract in arabic.ts):
 * a record matches when it has every key of at least one run.
 * @example queryKeyRuns('tarikh uman') // [['tarikh', 'uman'], ['trkh', 'mn']]
 */
export function queryKeyRuns(query: string): string[][] {
  return queryRuns(queryTerms(query))
    .map((run) => [...new Set(run.map((key) => key.key).filter(Boolean))])
    .filter((keys) => keys.length > 0);
}

/** True when one of a text's indexed terms is found by the key as Pagefind finds it (prefix match). */
export function termsMatchKey(indexedTerms: readonly string[], key: string): boolean {
  return indexedTerms.some((term) => term.startsWith(key));
}
