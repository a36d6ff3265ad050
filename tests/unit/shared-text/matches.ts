import { indexTerms, queryRuns, queryTerms } from '../../../src/shared/text/arabic.ts';

/**
 * The search contract of src/shared/text/arabic.ts, executable: is the record whose searchable
 * text is `recordText` found by the reader's `query`? Record side: indexTerms(). Query side:
 * queryTerms() → queryRuns(); a run matches when every key is an index term (or starts one, for a
 * prefix key); the query matches when any run does. `everyKeyPrefix` reads every key as a prefix,
 * as Pagefind does.
 */
export function matches(recordText: string, query: string, options: { everyKeyPrefix?: boolean } = {}): boolean {
  const terms = indexTerms(recordText);
  const termSet = new Set(terms);
  const hasKey = (key: string, prefix: boolean): boolean =>
    prefix || options.everyKeyPrefix ? terms.some((term) => term.startsWith(key)) : termSet.has(key);
  return queryRuns(queryTerms(query)).some((run) => run.every(({ key, prefix }) => hasKey(key, prefix)));
}
