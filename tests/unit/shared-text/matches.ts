import { indexTerms, queryRuns, queryTerms, type RunKey } from '../../../src/shared/text/arabic.ts';

/**
 * The search contract of src/shared/text/arabic.ts, executable: is the record whose searchable
 * text is `recordText` found by the reader's `query`? Record side: indexTerms(). Query side:
 * queryTerms() → queryRuns(); a run matches when every key is an index term (or, for a prefix
 * key, an index term starts with its typed letters or, without them, with the key); the query
 * matches when any run does. `everyKeyPrefix` reads every key as a prefix,
 * as Pagefind does.
 */
export function matches(recordText: string, query: string, options: { everyKeyPrefix?: boolean } = {}): boolean {
  return termsMatch(indexTerms(recordText), query, options);
}

/** The same, for a record's terms as given (fieldTerms() of a name, say). */
export function termsMatch(terms: readonly string[], query: string, options: { everyKeyPrefix?: boolean } = {}): boolean {
  const termSet = new Set(terms);
  const hasKey = ({ key, prefix, typed }: RunKey): boolean => {
    if (options.everyKeyPrefix) return terms.some((term) => term.startsWith(key));
    if (!prefix) return termSet.has(key);
    return typed === undefined ? terms.some((term) => term.startsWith(key)) : termSet.has(key) || terms.some((term) => term.startsWith(typed));
  };
  return queryRuns(queryTerms(query)).some((run) => run.every(hasKey));
}
