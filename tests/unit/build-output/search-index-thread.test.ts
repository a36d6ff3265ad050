/**
 * The build writes the search index and suggestions in a worker thread from the staged
 * union.jsonl: the files must be those the builders write from the records in this thread, and a worker that
 * cannot build says so instead of leaving a site without an index.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unionJsonLines } from '../../../src/ingest/emit/union-jsonl.ts';
import { writeLines } from '../../../src/ingest/emit/write-lines.ts';
import { buildSearchIndex } from '../../../src/build/search-engine-choice.ts';
import { buildSearchIndexInWorker } from '../../../src/build/search-index-thread.ts';
import { suggestionVocabulary, writeVocabularyFile } from '../../../src/build/suggestion-vocabulary.ts';
import { syntheticUnionRecords } from '../../fixtures/search-index/synthetic-union-records.ts';
import { filesWithBytes, scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-index-thread-');


describe('buildSearchIndexInWorker', () => {
  test('writes the same index and suggestion files from union.jsonl as the builders write from the records', async () => {
    const records = [...syntheticUnionRecords({ records: 400, tailWords: 300 })];
    const staged = scratch();
    await writeLines(join(staged, 'union.jsonl'), unionJsonLines(records));
    const inWorker = scratch();
    const inThread = scratch();
    await buildSearchIndexInWorker(join(staged, 'union.jsonl'), inWorker, 'fihris');
    await buildSearchIndex(records, inThread, 'fihris');
    await writeVocabularyFile(suggestionVocabulary(records), inThread);
    const written = filesWithBytes(inWorker);
    expect([...written.keys()]).toEqual(expect.arrayContaining(['/fihris-index/root.json', '/search/vocabulary.json']));
    expect(written).toEqual(filesWithBytes(inThread));
  }, 60_000);

  test('rejects, naming the file, when the union.jsonl is missing', async () => {
    const missing = join(scratch(), 'union.jsonl');
    await expect(buildSearchIndexInWorker(missing, scratch(), 'fihris')).rejects.toThrow(/union\.jsonl/);
  });
});
