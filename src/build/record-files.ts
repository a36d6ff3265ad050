/**
 * The downloads of each record page, written next to its pages: r/<id>.xml, r/<id>.mrk,
 * r/<id>.ris and r/<id>.bib (record-downloads.ts says what each holds): one file per format
 * and record, not per member, to keep the file count of a large catalogue down.
 *
 * This thread keys each record's downloads and sends those to write to a worker thread
 * (record-files-worker.ts), which reads the members' source records from the store's shared
 * memory: the build's main thread also feeds the page renderers and writes the dumps.
 *
 * With a cache (the page cache's, see page-cache.ts) a rebuild writes only the downloads
 * of records whose inputs changed, and links the others from the cache: writing every file
 * was most of this step's time (400k files at 100k records, disk-bound).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceRecordStore } from '../ingest/marc/source-record-store.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import { recordSourcesHash } from '../ingest/record-sources-hash.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { recordFilePath } from '../site/page-paths.ts';
import { placeCachedFile, type OutputLedger } from './output-ledger.ts';
import { openPageCache, pageCacheKey } from './page-renderer/page-cache.ts';
import { createBatchFeeder, createWorkerPool, type WorkerPool } from './page-renderer/worker-pool.ts';
import { downloadExtensions } from './record-downloads.ts';
import type { RecordFilesJob, RecordFilesWorkerData } from './record-files-worker.ts';

export interface RecordFileInputs {
  records: UnionRecord[];
  /** Complete: the worker reads the members' records from its memory as it is now. */
  sourceRecords: SourceRecordStore;
  /** Each library's holdings tag, from its library.yml: the union record's MARC leaves it out (src/archive/union-marc.ts). */
  holdingsTagOf: Map<string, string>;
  /** The site's public URL, normalised (src/archive/site-url.ts), when known: the citations link each record page. */
  siteUrl?: string;
  /** Folder of the downloads cache; none: every file is written. */
  cacheDir?: string;
  /** The output folder's ledger (output-ledger.ts): the downloads the last build left there stay when unchanged. */
  ledger?: OutputLedger;
}

export interface RecordFilesSummary {
  files: number;
  written: number;
  fromCache: number;
  /** Of those from the cache, the files the last build left in the output folder (not linked again). */
  kept: number;
  /** Cached files deleted because no download of this build matched them. */
  pruned: number;
}

/** Records a batch: about 300 files, a few milliseconds of the worker's time. */
const batchSize = 64;

/**
 * Bump when a download changes for a reason the hashed sources below do not show
 * (a writer's import that is not in the list, a runtime's changed serialisation).
 */
const writersVersion = 1;

/** These files and the writers they call: a change to any of them makes every download anew. */
const writerSources = [
  './record-files.ts',
  './record-files-worker.ts',
  './record-downloads.ts',
  '../archive/union-marc.ts',
  '../archive/site-url.ts',
  '../ingest/emit/marcxml-writer.ts',
  '../ingest/emit/mrk-writer.ts',
  '../site/citation.ts',
  '../site/record-view.ts',
  '../shared/display-title.ts',
  '../site/page-paths.ts',
];

export async function writeRecordFiles(outDir: string, inputs: RecordFileInputs): Promise<RecordFilesSummary> {
  const summary: RecordFilesSummary = { files: 0, written: 0, fromCache: 0, kept: 0, pruned: 0 };
  await mkdir(join(outDir, dirname(recordFilePath('x', 'xml'))), { recursive: true });
  const cache = inputs.cacheDir ? await openPageCache(inputs.cacheDir, '.download') : undefined;
  const settingsKey = cache && pageCacheKey([writersHash(), [...inputs.holdingsTagOf], inputs.siteUrl]);
  const workerData: RecordFilesWorkerData = { outDir, slabs: inputs.sourceRecords.sharedSlabs(), holdingsTagOf: [...inputs.holdingsTagOf], siteUrl: inputs.siteUrl };
  // Started with the first download to write: a rebuild that takes them all from the cache needs none.
  let pool: WorkerPool<RecordFilesJob[], number> | undefined;
  try {
    const feeder = createBatchFeeder((jobs: RecordFilesJob[]) => {
      pool ??= createWorkerPool(new URL('./record-files-worker.ts', import.meta.url), 1, { workerData, env: process.env });
      return pool.run(jobs);
    }, batchSize);
    for (const record of inputs.records) {
      const recordKey = settingsKey && pageCacheKey([recordSourcesHash(record, inputs.sourceRecords), settingsKey]);
      const files: RecordFilesJob['files'] = [];
      for (const extension of downloadExtensions) {
        const path = recordFilePath(record.id, extension);
        const key = recordKey && pageCacheKey([recordKey, extension]);
        const cached = key ? cache!.lookup(key) : undefined;
        summary.files++;
        if (cached) {
          summary.fromCache++;
          if (placeCachedFile(inputs.ledger, outDir, path, key!, cached)) summary.kept++;
          continue;
        }
        if (key) inputs.ledger?.record(path, key);
        files.push({ extension, cacheFile: key && cache!.fileFor(key) });
        summary.written++;
      }
      if (files.length) {
        const memberPlaces = record.members.map((member) => inputs.sourceRecords.storedPlace(sourceRecordKey(member)) ?? null);
        await feeder.add({ record, memberPlaces, files });
      }
    }
    await feeder.finish();
  } finally {
    await pool?.close();
  }
  if (cache) summary.pruned = await cache.prune();
  return summary;
}

function writersHash(): string {
  const sources = writerSources.map((path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
  return pageCacheKey([writersVersion, ...sources]);
}
