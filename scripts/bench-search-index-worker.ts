/**
 * The build's search-index worker alone (src/build/search-index-worker.ts) over a staged
 * union.jsonl: wall and CPU seconds, and the peak memory of this process, which holds nothing
 * else (the worker thread's memory is the process's).
 *   node scripts/bench-search-index-worker.ts <union.jsonl> <outDir> [fihris|pagefind]
 */
import { buildSearchIndexInWorker } from '../src/build/search-index-thread.ts';
import type { SearchEngineName } from '../src/build/search-engine-choice.ts';

const [unionJsonl, outDir, engine = 'fihris'] = process.argv.slice(2);
if (!unionJsonl || !outDir) {
  console.error('usage: node scripts/bench-search-index-worker.ts <union.jsonl> <outDir> [fihris|pagefind]');
  process.exit(2);
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
await buildSearchIndexInWorker(unionJsonl, outDir, engine as SearchEngineName);
const cpu = process.cpuUsage(cpuBefore);
console.log(`search index worker: ${((performance.now() - started) / 1000).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
