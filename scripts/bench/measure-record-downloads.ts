/**
 * The record downloads alone, as the build writes them (src/build/record-files.ts: this thread
 * keys and feeds, one worker thread writes), with nothing beside them: CONSORTIUM is ingested
 * first (not timed), then every download is written into OUT, a new folder, without a cache.
 * Prints the files, the seconds, and how far the process's resident memory rose above what
 * it was after the ingest (sampled every 100 ms: the worker's share, its heap and its batches).
 *   node --expose-gc scripts/bench/measure-record-downloads.ts CONSORTIUM OUT
 */
import { resolve } from 'node:path';
import { writeRecordFiles } from '../../src/build/record-files.ts';
import { readIdRegistry } from '../../src/ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../../src/ingest/pipeline.ts';
import { restartWithLargerHeap } from '../commands/restart-with-larger-heap.ts';

// The heap `fihris build` gives itself, as in the build the figures are compared with.
const restarted = restartWithLargerHeap();
if (restarted) process.exit(await restarted);

const [contentDir, outDir] = process.argv.slice(2).map((path) => resolve(path));
if (!contentDir || !outDir) {
  process.stderr.write('usage: node --expose-gc scripts/bench/measure-record-downloads.ts CONSORTIUM OUT\n');
  process.exit(2);
}
const ingest = await ingestCatalogue({ contentDir, registry: readIdRegistry('') });
globalThis.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
const started = performance.now();
const summary = await writeRecordFiles(outDir, { records: ingest.unionRecords, sourceRecords: ingest.sourceRecords, holdingsTagOf: new Map(), siteUrl: 'https://example.org/' });
clearInterval(sampler);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
console.log(`${summary.written} downloads in ${((performance.now() - started) / 1000).toFixed(1)} s; resident ${mib(before)} MiB after the ingest, at most ${mib(peak - before)} MiB more while writing`);
