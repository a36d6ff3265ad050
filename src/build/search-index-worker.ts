/**
 * A worker thread that writes the search's files from a union.jsonl (search-index-thread.ts
 * starts it): the engine's index and the suggestion vocabulary, CPU work of their own, done
 * while the page renderer's workers render and the build's thread feeds them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readUnionRecords } from '../site/site-data.ts';
import { buildSearchIndex, type SearchEngineName } from './search-engine-choice.ts';
import { writeSuggestionVocabulary } from './suggestion-vocabulary.ts';

export interface SearchIndexWorkerData {
  unionJsonl: string;
  outDir: string;
  engine: SearchEngineName;
}

const { unionJsonl, outDir, engine } = workerData as SearchIndexWorkerData;
const records = readUnionRecords(unionJsonl);
await buildSearchIndex(records, outDir, engine);
await writeSuggestionVocabulary(records, outDir);
parentPort!.postMessage('done');
