/**
 * What the ingest keeps in memory: runs it over a content folder, keeps its result, collects
 * garbage and prints the time, the live heap, the memory outside it (the packed source records)
 * and the RSS. Run under `--heap-prof` for where the live heap was allocated (the profile opens
 * in Chrome DevTools' memory panel), or with V8 flags such as `--max-semi-space-size` to compare.
 *   node --expose-gc [--heap-prof --heap-prof-interval=65536] scripts/measure-ingest-heap.ts <content folder>
 */
import { resolve } from 'node:path';
import { readIdRegistry } from '../src/ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../src/ingest/pipeline.ts';

const contentDir = process.argv[2];
if (!contentDir) {
  console.error('usage: node --expose-gc scripts/measure-ingest-heap.ts <content folder>');
  process.exit(2);
}
const started = performance.now();
const ingest = await ingestCatalogue({ contentDir: resolve(contentDir), registry: readIdRegistry('') });
const seconds = (performance.now() - started) / 1000;
globalThis.gc?.();
const memory = process.memoryUsage();
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
console.log(`${ingest.unionRecords.length} union records in ${seconds.toFixed(1)} s; live heap ${mib(memory.heapUsed)}, outside it ${mib(memory.external)}, RSS ${mib(memory.rss)}`);
// Still referenced here, so that a heap profile written at exit holds what the ingest kept.
if (ingest.unionRecords.length < 0) console.log(ingest);
