/**
 * The search index and its suggestion vocabulary built beside the pages: a worker thread
 * (search-index-worker.ts) reads the staged union.jsonl and writes them into the site. The
 * build starts it once Astro's process has ended (beside Astro's copy of the catalogue, the
 * process tree would pass 4 GB at 100k records) and waits for it before deleting the staging
 * folder.
 */
import { Worker } from 'node:worker_threads';
import type { SearchEngineName } from './search-engine-choice.ts';
import type { SearchIndexSummary, SearchIndexWorkerData } from './search-index-worker.ts';

/**
 * `cacheDir`: where the project's index keeps each record's collection between builds
 * (search-index-cache.ts); without one, every record is collected again.
 * @example await buildSearchIndexInWorker('/tmp/staged/union.jsonl', 'dist', 'fihris', '.fihris/page-cache/1a2b-search')
 */
export function buildSearchIndexInWorker(unionJsonl: string, outDir: string, engine: SearchEngineName, cacheDir?: string): Promise<SearchIndexSummary> {
  const data: SearchIndexWorkerData = { unionJsonl, outDir, engine, cacheDir };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: data });
  return new Promise((resolve, reject) => {
    let done: SearchIndexSummary | undefined;
    worker.on('message', (summary: SearchIndexSummary) => { done = summary; });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (done) resolve(done);
      else reject(new Error(`The search index's worker stopped (exit code ${code}) before the index was written: its messages, if any, are above. The build stops, as a site without its index would find nothing.`));
    });
  });
}
