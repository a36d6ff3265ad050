/**
 * What the ingest keeps in memory: runs it over a content folder, keeps its result, collects
 * garbage and prints the time, the live heap, the memory outside it (the packed source records)
 * and the RSS. Run under `--heap-prof` for where the live heap was allocated (the profile opens
 * in Chrome DevTools' memory panel), or with V8 flags such as `--max-semi-space-size` to compare.
 * `--through-cache`: as `fihris build` reads the libraries, by worker threads into an empty
 * ingest cache (a temporary folder) and from it into this thread. `--snapshot FILE`: writes a
 * V8 heap snapshot of what the ingest kept (DevTools' memory panel opens it).
 *   node --expose-gc [--heap-prof --heap-prof-interval=65536] scripts/measure-ingest-heap.ts <content folder> [--through-cache] [--snapshot FILE]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import { readIdRegistry } from '../src/ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../src/ingest/pipeline.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'through-cache': { type: 'boolean' }, snapshot: { type: 'string' } } });
const contentDir = positionals[0];
if (!contentDir) {
  console.error('usage: node --expose-gc scripts/measure-ingest-heap.ts <content folder> [--through-cache] [--snapshot FILE]');
  process.exit(2);
}
const cacheDir = values['through-cache'] ? await mkdtemp(join(tmpdir(), 'fihris-ingest-heap-')) : undefined;
const started = performance.now();
const ingest = await ingestCatalogue({ contentDir: resolve(contentDir), registry: readIdRegistry(''), cacheDir });
const seconds = (performance.now() - started) / 1000;
if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
globalThis.gc?.();
const memory = process.memoryUsage();
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
console.log(`${ingest.unionRecords.length} union records in ${seconds.toFixed(1)} s; live heap ${mib(memory.heapUsed)}, outside it ${mib(memory.external)}, RSS ${mib(memory.rss)}`);
if (values.snapshot) console.log(`heap snapshot: ${writeHeapSnapshot(values.snapshot)}`);
// Still referenced here, so that a heap profile written at exit holds what the ingest kept.
if (ingest.unionRecords.length < 0) console.log(ingest);
