/**
 * A worker thread that writes the search's files from a union.jsonl (search-index-thread.ts
 * starts it): the engine's index and the suggestion vocabulary, CPU work of their own, done
 * while the page renderer's workers render and the build's thread feeds them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { eachUnionRecord } from '../site/site-data.ts';
import { buildSearchIndex, type SearchEngineName } from './search-engine-choice.ts';
import { SuggestionCounts, writeVocabularyFile } from './suggestion-vocabulary.ts';

export interface SearchIndexWorkerData {
  unionJsonl: string;
  outDir: string;
  engine: SearchEngineName;
}

/** The records as they pass, each counted for the vocabulary on its way to the index. */
function* countedOnTheWay(records: Iterable<UnionRecord>, counts: SuggestionCounts): Generator<UnionRecord> {
  for (const record of records) {
    counts.add(record);
    yield record;
  }
}

const { unionJsonl, outDir, engine } = workerData as SearchIndexWorkerData;
// One pass over the staged catalogue, a record at a time: read whole, it was a second copy of
// the catalogue beside the build thread's, and the build's memory peaked there.
const suggestions = new SuggestionCounts();
await buildSearchIndex(countedOnTheWay(eachUnionRecord(unionJsonl), suggestions), outDir, engine);
await writeVocabularyFile(suggestions.words(), outDir);
parentPort!.postMessage('done');
