/**
 * The downloads of each record page, written next to its pages: r/<id>.xml (MARCXML),
 * r/<id>.mrk (MarcEdit text), r/<id>.ris and r/<id>.bib (citations). Each MARC file holds
 * the union record first, then every member's record as its library catalogued it, in the
 * order of `members`: one file per format and record, not per member, to keep the file
 * count of a large catalogue down.
 *
 * With a cache (the page cache's, see page-cache.ts) a rebuild writes only the downloads
 * of records whose inputs changed, and links the others from the cache: writing every file
 * was most of this step's time (400k files at 100k records, disk-bound).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import type { SourceRecordStore } from '../ingest/marc/source-record-store.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../ingest/emit/mrk-writer.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import { recordSourcesHash } from '../ingest/record-sources-hash.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { bibtex, ris } from '../site/citation.ts';
import { recordFilePath } from '../site/page-paths.ts';
import { placeCachedFile, type OutputLedger } from './output-ledger.ts';
import { linkOrCopy, openPageCache, pageCacheKey, writeNewFileSync } from './page-renderer/page-cache.ts';

export interface RecordFileInputs {
  records: UnionRecord[];
  sourceRecords: SourceRecordStore;
  /**
   * The union record as MARC, when it can be made (see src/archive/union-marc.ts), from its
   * members' source records as `recordMarc` decoded them (by sourceRecordKey): each decoded once.
   */
  unionMarc: (record: UnionRecord, memberRecords: ReadonlyMap<string, MarcRecord>) => MarcRecord | undefined;
  /** What `unionMarc` depends on besides the record and its members' source records (the libraries' holdings tags). */
  unionMarcSettings?: unknown;
  /** Absolute URL of a record page, when the site URL is known. */
  pageUrl?: (record: UnionRecord) => string;
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

const extensions = ['xml', 'mrk', 'ris', 'bib'] as const;
type Extension = (typeof extensions)[number];

/**
 * Bump when a download changes for a reason the hashed sources below do not show
 * (a writer's import that is not in the list, a runtime's changed serialisation).
 */
const writersVersion = 1;

/** This file and the writers it calls: a change to any of them makes every download anew. */
const writerSources = [
  './record-files.ts',
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
  const writersKey = cache && writersHash();
  const settingsKey = pageCacheKey([inputs.unionMarcSettings]);
  for (const [index, record] of inputs.records.entries()) {
    // The build renders pages meanwhile, fed from this thread: let it have its turn.
    if (index % 64 === 63) await new Promise(setImmediate);
    let marc: MarcRecord[] | undefined;
    const pageUrl = inputs.pageUrl?.(record);
    const recordKey = writersKey && downloadsKey(record, inputs.sourceRecords, [writersKey, settingsKey, pageUrl]);
    for (const extension of extensions) {
      const path = recordFilePath(record.id, extension);
      const key = recordKey && pageCacheKey([recordKey, extension]);
      const cached = key ? cache!.lookup(key) : undefined;
      summary.files++;
      if (cached) {
        summary.fromCache++;
        if (placeCachedFile(inputs.ledger, outDir, path, key!, cached)) summary.kept++;
        continue;
      }
      marc ??= recordMarc(record, inputs);
      const file = join(outDir, path);
      writeNewFileSync(file, downloadText(extension, record, marc, pageUrl));
      if (key) {
        linkOrCopy(file, cache!.fileFor(key));
        inputs.ledger?.record(path, key);
      }
      summary.written++;
    }
  }
  if (cache) summary.pruned = await cache.prune();
  return summary;
}

function downloadText(extension: Extension, record: UnionRecord, marc: MarcRecord[], pageUrl: string | undefined): string {
  switch (extension) {
    case 'xml': return marcXmlCollectionStart() + marc.map(marcXmlRecord).join('') + marcXmlCollectionEnd();
    case 'mrk': return marc.map(mrkRecord).join('');
    case 'ris': return ris(record, pageUrl);
    case 'bib': return bibtex(record, pageUrl);
  }
}

/** What a record's downloads are made of: the record and its members' source records, then the rest (writers, settings, page URL). */
function downloadsKey(record: UnionRecord, sourceRecords: SourceRecordStore, rest: unknown[]): string {
  return pageCacheKey([recordSourcesHash(record, sourceRecords), ...rest]);
}

function writersHash(): string {
  const sources = writerSources.map((path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
  return pageCacheKey([writersVersion, ...sources]);
}

/** The union record, then each member's own record, skipping any not kept by the pipeline. */
export function recordMarc(record: UnionRecord, inputs: Pick<RecordFileInputs, 'sourceRecords' | 'unionMarc'>): MarcRecord[] {
  const memberRecords = new Map<string, MarcRecord>();
  for (const member of record.members) {
    const key = sourceRecordKey(member);
    const marc = inputs.sourceRecords.get(key);
    if (marc) memberRecords.set(key, marc);
  }
  const union = inputs.unionMarc(record, memberRecords);
  const members = record.members.map((member) => memberRecords.get(sourceRecordKey(member)));
  return [union, ...members].filter((marc): marc is MarcRecord => marc !== undefined);
}
