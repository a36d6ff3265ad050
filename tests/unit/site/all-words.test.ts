import { describe, expect, it } from 'vitest';
import { allKeysMatch } from '../../../src/client/search/all-words.ts';

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

  it('lists each record once when a key\'s results hold it twice (found by its stem and by its typed letters)', () => {
    expect(allKeysMatch(['c', 'c'], [['a', 'c', 'a', 'c'], ['c', 'a']])).toEqual(['c', 'a']);
  });

  it('finds nothing for no keys', () => {
    expect(allKeysMatch(['a'], [])).toEqual([]);
  });
});
