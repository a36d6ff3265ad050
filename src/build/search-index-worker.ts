/**
 * A worker thread that builds the search index from a union.jsonl (search-index-thread.ts
 * starts it): the index is CPU work of its own, done while the page renderer's workers render
 * and the build's thread feeds them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readUnionRecords } from '../site/site-data.ts';
import { buildSearchIndex, type SearchEngineName } from './search-engine-choice.ts';

export interface SearchIndexWorkerData {
  unionJsonl: string;
  outDir: string;
  engine: SearchEngineName;
}

const { unionJsonl, outDir, engine } = workerData as SearchIndexWorkerData;
await buildSearchIndex(readUnionRecords(unionJsonl), outDir, engine);
parentPort!.postMessage('done');
