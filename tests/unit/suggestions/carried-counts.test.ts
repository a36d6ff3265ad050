/**
 * A rebuild counts the suggestion vocabulary's words of a record whose staged line has not
 * changed from what the previous build counted of it (SuggestionCounts.addCarried): the words,
 * their order and their spellings must be those counting every record again gives.
 */
import { describe, expect, test } from 'vitest';
import { SuggestionCounts, suggestionVocabulary } from '../../../src/build/suggestion-vocabulary.ts';
import { redepositedRecords } from '../../fixtures/search-index/redeposited-records.ts';

describe('suggestion counts carried over from the previous build', () => {
  test('give the vocabulary that counting every record again gives', () => {
    const { before, after } = redepositedRecords(600);
    const previous = new SuggestionCounts();
    for (const record of before) previous.add(record);
    const previousIndex = new Map(before.map((record, i) => [record, i]));
    const counts = new SuggestionCounts();
    for (const record of after) {
      const index = previousIndex.get(record);
      if (index === undefined) counts.add(record);
      else counts.addCarried(previous.counted, index);
    }
    const fresh = suggestionVocabulary(after, 400);
    expect(fresh).toContain('مستجدة');
    expect(counts.words(400)).toEqual(fresh);
    expect(counts.words()).toEqual(suggestionVocabulary(after));
    expect(counts.words()).not.toEqual(previous.words());
  });

  test('keep what each record counted, for the build after', () => {
    const { before } = redepositedRecords(100);
    const counts = new SuggestionCounts();
    for (const record of before) counts.add(record);
    const { keys, spellings, pairStart, pairs } = counts.counted;
    expect(pairStart.length).toBe(before.length + 1);
    const first = Array.from(pairs.view().subarray(pairStart.data[0], pairStart.data[1]), (pair) => spellings[pair]);
    expect(first.length).toBeGreaterThan(0);
    expect(keys.length).toBe(spellings.length);
    expect(new Set(first).size).toBe(first.length);
  });
});
