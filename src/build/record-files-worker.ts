/**
 * A worker thread writing record downloads (record-downloads.ts), sent by record-files.ts in
 * batches. It reads the members' source records straight from the store's shared slabs, so a
 * job carries only where they are; it writes each file and, when asked, links it into the
 * downloads' cache. The build's main thread only keys and feeds, and its other work (feeding
 * the page renderers, the dumps) no longer waits behind the downloads: the 300k build took
 * 849.6 s, against 916.1 s with the downloads on the main thread (the README's scale notes).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { absoluteUrl } from '../archive/site-url.ts';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import { storedRecordIn, type StoredPlace } from '../ingest/marc/source-record-store.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { recordFilePath } from '../site/page-paths.ts';
import { linkOrCopy, writeNewFileSync } from './page-renderer/page-cache.ts';
import { downloadText, recordMarc, type DownloadExtension } from './record-downloads.ts';

export interface RecordFilesWorkerData {
  outDir: string;
  /** The source record store's memory (SourceRecordStore.sharedSlabs), complete. */
  slabs: SharedArrayBuffer[];
  holdingsTagOf: Array<[string, string]>;
  /** The site's public URL, normalised, when known: the citations link the record page. */
  siteUrl?: string;
}

export interface RecordFilesJob {
  record: UnionRecord;
  /** Where each member's source record is stored, in the order of `record.members`; null: not kept. */
  memberPlaces: Array<StoredPlace | null>;
  /** The downloads to write, each with where to keep a copy for the next build when the cache is on. */
  files: Array<{ extension: DownloadExtension; cacheFile?: string }>;
}

const { outDir, slabs, holdingsTagOf, siteUrl } = workerData as RecordFilesWorkerData;
const holdingsTags = new Map(holdingsTagOf);

parentPort!.on('message', (jobs: RecordFilesJob[]) => {
  let written = 0;
  for (const { record, memberPlaces, files } of jobs) {
    // Decoded only when a MARC download is to be written: the citations need the record alone.
    let marc: MarcRecord[] | undefined;
    const pageUrl = siteUrl === undefined ? undefined : absoluteUrl(siteUrl, record.url);
    for (const { extension, cacheFile } of files) {
      if (extension === 'xml' || extension === 'mrk') marc ??= recordMarc(record, memberRecordsOf(record, memberPlaces), holdingsTags);
      const file = join(outDir, recordFilePath(record.id, extension));
      writeNewFileSync(file, downloadText(extension, record, marc ?? [], pageUrl));
      if (cacheFile) linkOrCopy(file, cacheFile);
      written++;
    }
  }
  parentPort!.postMessage(written);
});

/** Each member's source record kept by the pipeline, decoded once, by sourceRecordKey. */
function memberRecordsOf(record: UnionRecord, memberPlaces: Array<StoredPlace | null>): Map<string, MarcRecord> {
  const memberRecords = new Map<string, MarcRecord>();
  record.members.forEach((member, index) => {
    const place = memberPlaces[index];
    if (place) memberRecords.set(sourceRecordKey(member), storedRecordIn(slabs, place));
  });
  return memberRecords;
}
