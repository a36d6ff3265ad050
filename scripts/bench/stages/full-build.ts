/**
 * Stage: the whole `fihris build` (ingest → pages → index → bulk data), as a deploy runs it
 * from a fresh checkout: no output folder yet, and empty caches (`<outDir>-page-cache` and
 * the downloads', ingest's, dumps' and search index's beside it, and the output folder's ledger,
 * which the rebuild stage then reuses): caches left by
 * an earlier run would make this a rebuild.
 *   node full-build.ts <consortiumDir> <outDir>
 */
import { join, resolve } from 'node:path';
import { buildSite } from '../../../src/build/build-site.ts';
import { deleteBeforeTimedStage } from '../delete-before-timed-stage.ts';
import { outputSize } from '../output-size.ts';
import { restartWithLargerHeap } from '../../commands/restart-with-larger-heap.ts';
import { reportStage, seconds } from '../stage-result.ts';

// Run by hand, with the heap `fihris build` gives itself (heap-limit.ts), as run-stage.ts runs
// the stages: under Node's default (4 GiB here) it would time another build than the one users run.
const restarted = restartWithLargerHeap();
if (restarted) process.exit(await restarted);

const [contentDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
const pageCacheDir = `${outDir}-page-cache`;
await deleteBeforeTimedStage(
  [pageCacheDir, ...['downloads', 'ingest', 'dumps', 'search', 'output'].map((cache) => `${pageCacheDir}-${cache}`), outDir],
  (line) => process.stderr.write(`${line}\n`),
);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const summary = await buildSite({
  contentDir,
  outDir,
  basePath: '/',
  // No registry yet: every id is new, as on a consortium's first build.
  registryPath: join(contentDir, 'registry', 'union-ids.tsv'),
  writeRegistry: false,
  pageCacheDir,
  // Each line stamped with the time since the start: the stage times inside the build.
  log: (line) => process.stderr.write(`[${seconds(started)} s] ${line}\n`),
});
const took = seconds(started);
const cpu = process.cpuUsage(cpuBefore);
const size = outputSize(outDir);
reportStage({ unionRecords: summary.ingest.unionRecords.length, seconds: took, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, files: size.files, bytes: size.bytes });
