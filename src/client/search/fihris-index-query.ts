/**
 * What a query asks of the index, from the shared normaliser's queryTerms()/queryRuns(): one
 * or two runs (the second for romanised words' skeleton keys); in each run, the keys every
 * match must have (each word, each adjacent pair inside quotes, the library scope) and the
 * optional keys that only add score (adjacent unquoted words as a pair term).
 */
import { queryRuns, queryTerms, type QueryTerm } from '../../shared/text/arabic.ts';

export interface KeyLookup {
  key: string;
  /** The last word while the reader is still typing it: match its completions. */
  prefix: boolean;
}

export interface QueryRun {
  required: KeyLookup[];
  optional: KeyLookup[];
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
  if (!keys.some((k) => k.key === key.key && k.prefix === key.prefix)) keys.push(key);
}

/** Pair keys of adjacent whole words of one segment: required inside quotes, optional outside. */
function pairKeys(terms: PlacedTerm[], run: QueryRun): void {
  for (let i = 1; i < terms.length; i++) {
    const [a, b] = [terms[i - 1], terms[i]];
    if (a.segment !== b.segment || a.prefix || b.prefix) continue;
    const pair = { key: `${a.stem} ${b.stem}`, prefix: false };
    if (a.quoted) addKey(run.required, pair);
    else if (!run.required.some((k) => k.key === pair.key)) addKey(run.optional, pair);
  }
}

/**
 * @example planQuery('"الفقه الإسلامي"', 'squ')
 * // → [{ required: [{ key: 'فقه' }, { key: 'اسلام' }, { key: 'فقه اسلام' }, { key: 'lib:squ' }], optional: [] }]
 */
export function planQuery(query: string, library?: string): QueryRun[] {
  const terms = placedTerms(query);
  const scope = library ? [{ key: `lib:${library}`, prefix: false }] : [];
  if (terms.length === 0) return library ? [{ required: scope, optional: [] }] : [];
  return queryRuns(terms).map((keys, r) => {
    const run: QueryRun = { required: [], optional: [] };
    for (const key of keys) if (key.key) addKey(run.required, { key: key.key, prefix: key.prefix });
    if (r === 0) pairKeys(terms, run);
    for (const key of scope) addKey(run.required, key);
    return run;
  });
}
