/**
 * What a query asks of the index, from the shared normaliser's queryTerms()/queryRuns(). A
 * record matches when it has every key of at least one run; its score is its best run's.
 * - Words: one run looking up each word's stem, and a second with romanised words' skeleton
 *   keys when there are any (the shared contract).
 * - Quoted words: each adjacent pair inside the quotes is one pair term ("stem1 stem2", indexed
 *   from titles), which stands for both of its words: a pair's impact already holds its words'
 *   scores plus its own (see invert.ts).
 * - Two unquoted words: one more run, the pair alone. Records with the two words side by side
 *   score higher, and that run, read first, sets a bar that most blocks of the words stay under.
 *   Its matches are a subset of the words' run, so it never changes the count. Also when the
 *   second word is still being typed (its stem is the pair's, and one of its lookup's terms): the
 *   search page sends a query without its trailing space, so a reader's two words always are.
 * - A scope (library, language, format, subject, year range) is one more key in every run.
 */
import { scopeKeys, type FacetScope } from '../../shared/search/facet-keys.ts';
import { queryRuns, queryTerms, type QueryTerm, type RunKey } from '../../shared/text/arabic.ts';

export interface KeyLookup {
  key: string;
  /** The last word while the reader is still typing it: match its completions. */
  prefix: boolean;
  /** A prefix word's typed letters (RunKey.typed): `key` exactly, and the completions of these. */
  typed?: string;
  /** Instead of `key`, any of these exact terms (a year range's prefixes); `key` only names the lookup. */
  anyOf?: string[];
}

/** A lookup's name: the same key looked up exactly and as a prefix finds different entries. */
export const lookupId = (lookup: KeyLookup): string => `${lookup.prefix ? '*' : '='}${lookup.key}<${lookup.typed ?? ''}`;

/**
 * The plain lookups (one term, or a prefix's completions) whose entries together are a lookup's:
 * a year range's exact terms; a typed word's stem exactly and its typed letters as a prefix.
 */
export function plainLookups(lookup: KeyLookup): KeyLookup[] {
  if (lookup.anyOf) return lookup.anyOf.map((key) => ({ key, prefix: false }));
  if (lookup.typed) return [{ key: lookup.key, prefix: false }, { key: lookup.typed, prefix: true }];
  return [lookup];
}

export interface QueryRun {
  required: KeyLookup[];
  /** Every match of this run is also a match of a later run: it ranks, it does not count. */
  subset?: boolean;
}

interface PlacedTerm extends QueryTerm {
  segment: number;
  quoted: boolean;
}

const QUOTES = /["“”«»]/;

function placedTerms(query: string): PlacedTerm[] {
  const segments = query.split(QUOTES);
  const placed: PlacedTerm[] = [];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    for (const term of queryTerms(segment)) placed.push({ ...term, prefix: last && term.prefix, segment: index, quoted: index % 2 === 1 });
  });
  return placed;
}

function addKey(keys: KeyLookup[], key: KeyLookup): void {
  if (!keys.some((k) => lookupId(k) === lookupId(key))) keys.push(key);
}

const pairKey = (a: QueryTerm, b: QueryTerm): KeyLookup => ({ key: `${a.stem} ${b.stem}`, prefix: false });

/** The stem run: quoted words as their pairs, other words as their keys in the shared stem run. */
function stemRun(terms: PlacedTerm[], stemKeys: RunKey[]): KeyLookup[] {
  const keys: KeyLookup[] = [];
  terms.forEach((term, i) => {
    const before = terms[i - 1];
    const after = terms[i + 1];
    const pairedBefore = term.quoted && before?.segment === term.segment && !before.prefix && !term.prefix;
    const pairedAfter = term.quoted && after?.segment === term.segment && !after.prefix && !term.prefix;
    if (pairedAfter) addKey(keys, pairKey(term, after));
    if (!pairedBefore && !pairedAfter) addKey(keys, stemKeys[i]);
  });
  return keys;
}

/**
 * A scope's keys: the shared facet words (facet-keys.ts, the words Pagefind's content carries
 * too), each one more AND; a year range one key that any of its year prefixes satisfies (the
 * index holds each record's decade and century words, so the prefixes are exact terms). A range
 * that covers no year a catalogue can hold keeps the key with no words: nothing matches.
 */
function scopeLookups(scope: FacetScope): KeyLookup[] {
  const { all, anyOf } = scopeKeys(scope);
  const keys: KeyLookup[] = all.map((key) => ({ key, prefix: false }));
  if (scope.yearFrom !== undefined || scope.yearTo !== undefined) keys.push({ key: `${anyOf.join('|')}|`, prefix: false, anyOf });
  return keys;
}

/**
 * @example planQuery('"الفقه الإسلامي"', { library: 'squ' })
 * // → [{ required: [{ key: 'فقه اسلام', prefix: false }, { key: 'zzlibsqu', prefix: false }] }]
 */
export function planQuery(query: string, narrowing: FacetScope = {}): QueryRun[] {
  const terms = placedTerms(query);
  const scope = scopeLookups(narrowing);
  if (terms.length === 0) return scope.length > 0 ? [{ required: scope }] : [];
  const runs: QueryRun[] = queryRuns(terms).map((keys, r) => ({
    required: r === 0 ? stemRun(terms, keys) : keys.filter((key) => key.key),
  }));
  const [a, b] = terms;
  if (terms.length === 2 && !a.quoted && !b.quoted && a.stem !== b.stem) runs.unshift({ required: [pairKey(a, b)], subset: true });
  for (const run of runs) for (const key of scope) addKey(run.required, key);
  return runs.filter((run) => run.required.length > 0);
}
