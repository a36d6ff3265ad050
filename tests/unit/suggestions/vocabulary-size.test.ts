import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { suggestionVocabulary, vocabularyFileText, vocabularyLimit } from '../../../src/build/suggestion-vocabulary.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';

/** The file is fetched after a search with no results, on the same slow link as the search. */
const budgetBytes = 30 * 1024;

describe('the suggestion vocabulary size', () => {
  test('stays within 30 KB gzipped for a 100k-record consortium', { timeout: 60_000 }, () => {
    const records = syntheticUnionRecords({ records: 100_000, tailWords: 50_000 });
    const words = suggestionVocabulary(records);
    const gzipped = gzipSync(vocabularyFileText(words), { level: 9 }).length;
    console.log(`suggestion vocabulary at 100k records: ${words.length} words, ${gzipped} bytes gzipped`);
    expect(words).toHaveLength(vocabularyLimit);
    expect(gzipped).toBeLessThanOrEqual(budgetBytes);
  });
});
