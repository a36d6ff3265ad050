import { describe, expect, it } from 'vitest';
import { allKeysMatch, anyRunMatches } from '../../../src/client/search/all-words.ts';

describe('allKeysMatch', () => {
  it('keeps only the records every key found', () => {
    expect(allKeysMatch(['a', 'b', 'c'], [['a', 'b', 'c'], ['b', 'c'], ['c', 'b']])).toEqual(['b', 'c']);
  });

  it('finds nothing when one key found nothing, where Pagefind would drop that word', () => {
    expect(allKeysMatch(['a'], [['a'], []])).toEqual([]);
  });

  it('keeps the ranking of the whole-query search', () => {
    expect(allKeysMatch(['c', 'a'], [['a', 'c'], ['a', 'c']])).toEqual(['c', 'a']);
  });

  it('appends matches the ranking missed, in first-key order', () => {
    expect(allKeysMatch(['c'], [['a', 'c', 'd'], ['d', 'c', 'a']])).toEqual(['c', 'a', 'd']);
  });

  it('finds nothing for no keys', () => {
    expect(allKeysMatch(['a'], [])).toEqual([]);
  });
});

describe('anyRunMatches', () => {
  it('unions the runs, each record once, first run first', () => {
    expect(anyRunMatches([['a', 'b'], ['c', 'a']])).toEqual(['a', 'b', 'c']);
  });
});
