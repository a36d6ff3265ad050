/**
 * The build's search-index worker alone (src/build/search-index-worker.ts) over a staged
 * union.jsonl: wall and CPU seconds, and the peak memory of this process, which holds nothing
 * else (the worker thread's memory is the process's).
 * With a cache folder, the worker keeps each record's collection there and takes unchanged
 * records from it on the next run (search-index-cache.ts): run it twice, or on a re-deposit's
 * union.jsonl after the build's, to time a rebuild's worker.
 *   node scripts/bench-search-index-worker.ts <union.jsonl> <outDir> [fihris|pagefind] [cacheDir]
 */
import { mkdirSync } from 'node:fs';
import { buildSearchIndexInWorker } from '../src/build/search-index-thread.ts';
import type { SearchEngineName } from '../src/build/search-engine-choice.ts';

const [unionJsonl, outDir, engine = 'fihris', cacheDir] = process.argv.slice(2);
if (!unionJsonl || !outDir) {
  console.error('usage: node scripts/bench-search-index-worker.ts <union.jsonl> <outDir> [fihris|pagefind] [cacheDir]');
  process.exit(2);
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
if (cacheDir) mkdirSync(cacheDir, { recursive: true });
const { recordsCarried, recordsCollected } = await buildSearchIndexInWorker(unionJsonl, outDir, engine as SearchEngineName, cacheDir);
const cpu = process.cpuUsage(cpuBefore);
console.log(`search index worker: ${recordsCollected} records collected, ${recordsCarried} from the cache; ${((performance.now() - started) / 1000).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
