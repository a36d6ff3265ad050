/**
 * The ingest pipeline, top to bottom: profiles → parse → decode → validate → model →
 * merge → ids. The only place where stages meet. Every record read ends either in a
 * union record (as a member) or in `rejections`, with its reasons: nothing is lost.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import type { LibraryProfile } from '../shared/library-profile.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import type { Rejection } from './diagnostics/rejection.ts';
import { ingestCodeVersion } from './library-cache/code-version.ts';
import { fillLibraryCache, type FilledCache } from './library-cache/fill-library-cache.ts';
import { ingestThroughCache } from './library-cache/ingest-through-cache.ts';
import { openLibraryCache, type LibraryCache } from './library-cache/library-cache.ts';
import { controlField, type MarcRecord } from './marc/marc-record.ts';
import type { ReadResult } from './marc/read-result.ts';
import { SourceRecordStore } from './marc/source-record-store.ts';
import { assignIds } from './merge/assign-ids.ts';
import type { ClusterInput } from './merge/cluster-input.ts';
import { createClusterValueSharer } from './merge/shared-cluster-values.ts';
import { clusterRecords } from './merge/cluster-records.ts';
import type { IdRegistry } from './merge/id-registry.ts';
import { toUnionRecord } from './merge/to-union-record.ts';
import { describeRecord } from './model/describe-record.ts';
import { extractHoldings } from './model/holdings.ts';
import { checkLibraryFiles } from './profile/check-library-files.ts';
import { loadLibraryProfile } from './profile/load-library-profile.ts';
import { readDecodedRecords } from './read-decoded-records.ts';
import { validateRecord } from './validate/validate-record.ts';

export interface LibraryAccount {
  code: string;
  /** Undefined when library.yml has errors (then none of its files are read). */
  profile?: LibraryProfile;
  recordsRead: number;
  recordsAccepted: number;
  recordsRejected: number;
}

/** Key of a source record: library, file and record number, tab-separated. */
export function sourceRecordKey(member: { libraryCode: string; file: string; recordNumber: number }): string {
  return `${member.libraryCode}\t${member.file}\t${member.recordNumber}`;
}

export interface IngestResult {
  libraries: LibraryAccount[];
  /** Every accepted record as decoded MARC, by sourceRecordKey: for MARC downloads and dumps. */
  sourceRecords: SourceRecordStore;
  unionRecords: UnionRecord[];
  rejections: Rejection[];
  diagnostics: Diagnostic[];
  /** Retired ids and the id each now resolves to: each gets a redirect page. */
  redirects: Array<{ from: string; to: string }>;
  /** Ids whose records left every deposit: each gets a tombstone page. */
  gone: string[];
  registry: IdRegistry;
  /** With `cacheDir`: the codes of the libraries that came from the cache, unread, in order. */
  cachedLibraries?: string[];
}

export interface IngestOptions {
  /** The content folder: libraries/<code>/library.yml and the dumps. */
  contentDir: string;
  /** Only these library codes (all when absent). */
  libraryCodes?: string[];
  /** Id registry as read from the repository. */
  registry: IdRegistry;
  /** Called as records are read, for progress on long runs. */
  onProgress?: (event: { libraryCode: string; file: string; recordsRead: number; fromCache?: boolean }) => void;
  /**
   * Folder of per-library cached ingest results (absent: no cache). A library whose files
   * and the ingest code are unchanged is loaded from it instead of read; the others are read
   * and cached; entries of libraries no longer in the content folder are deleted.
   */
  cacheDir?: string;
  /** Stands in for the version of the ingest code in the cache keys: for tests only. */
  cacheCodeVersion?: string;
}

export async function ingestCatalogue(options: IngestOptions): Promise<IngestResult> {
  const sinks: Sinks = { sourceRecords: new SourceRecordStore(), diagnostics: [], rejections: [], clusterInputs: [] };
  const libraries: LibraryAccount[] = [];
  const cache = options.cacheDir === undefined ? undefined : await openLibraryCache(options.cacheDir, options.cacheCodeVersion ?? (await ingestCodeVersion()));
  const cachedLibraries: string[] = [];

  const folders = (await listLibraryFolders(options.contentDir, options.libraryCodes))
    .map((code) => ({ code, libraryDir: join(options.contentDir, 'libraries', code), relativeDir: join('libraries', code) }));
  // The libraries the cache lacks are read beside each other first; all are then taken in order.
  const filledCache = cache && await fillLibraryCache(folders, cache);
  const sharer = createClusterValueSharer();
  for (const folder of folders) {
    const before = sinks.clusterInputs.length;
    const { account, fromCache } = await readOrLoadLibrary(folder, sinks, cache, options.onProgress, filledCache);
    sharer.share(sinks.clusterInputs, before);
    libraries.push(account);
    if (fromCache) cachedLibraries.push(folder.code);
  }
  // Every library still in the content folder keeps its entry, read this time or not (--library).
  await cache?.prune(await listLibraryFolders(options.contentDir));

  const clusters = clusterRecords(sinks.clusterInputs, sinks.diagnostics);
  const { assigned, registry, redirects, gone } = assignIds(clusters, options.registry);
  const unionRecords = assigned.map(({ id, cluster }) => toUnionRecord(id, cluster));
  const { sourceRecords, rejections, diagnostics } = sinks;
  const result = { libraries, sourceRecords, unionRecords, rejections, diagnostics, redirects, gone, registry };
  return cache ? { ...result, cachedLibraries } : result;
}

interface Sinks {
  sourceRecords: SourceRecordStore;
  diagnostics: Diagnostic[];
  rejections: Rejection[];
  clusterInputs: ClusterInput[];
}

export interface LibraryCheck {
  account: LibraryAccount;
  diagnostics: Diagnostic[];
  rejections: Rejection[];
  /** The library's accepted records, described, before merging. */
  clusterInputs: ClusterInput[];
}

/** `fihris validate`: one library folder through every stage up to merging. */
export async function checkLibraryFolder(libraryDir: string): Promise<LibraryCheck> {
  const sinks: Sinks = { sourceRecords: new SourceRecordStore(), diagnostics: [], rejections: [], clusterInputs: [] };
  const folder = { libraryDir, relativeDir: join('libraries', basename(resolve(libraryDir))) };
  const account = await ingestLibrary(folder, sinks);
  const { diagnostics, rejections, clusterInputs } = sinks;
  return { account, diagnostics, rejections, clusterInputs };
}

/** One library: from the cache when it holds an entry for the library's current files, else read. */
async function readOrLoadLibrary(folder: LibraryFolder, sinks: Sinks, cache: LibraryCache | undefined, onProgress: IngestOptions['onProgress'], filledCache?: FilledCache) {
  const read = () => ingestLibrary(folder, sinks, onProgress);
  if (!cache) return { account: await read(), fromCache: false };
  const code = basename(folder.libraryDir);
  const loaded = await ingestThroughCache(cache, { code, libraryDir: folder.libraryDir, key: filledCache?.keys.get(code) }, sinks, read);
  // A library a worker read in this build came through the cache, but was not in it before.
  const fromCache = loaded.fromCache && !filledCache?.filled.has(code);
  if (loaded.fromCache) onProgress?.({ libraryCode: code, file: folder.relativeDir, recordsRead: loaded.account.recordsRead, fromCache });
  return { ...loaded, fromCache };
}

/** One library read into the cache, nothing else kept: the work of a fill-cache worker. */
export async function ingestLibraryIntoCache(folder: LibraryFolder & { code: string }, cache: LibraryCache): Promise<void> {
  const sinks: Sinks = { sourceRecords: new SourceRecordStore(), diagnostics: [], rejections: [], clusterInputs: [] };
  await ingestThroughCache(cache, { code: folder.code, libraryDir: folder.libraryDir }, sinks, () => ingestLibrary(folder, sinks));
}

interface LibraryFolder {
  libraryDir: string;
  /** Path relative to the content folder, used in diagnostics: libraries/<code>. */
  relativeDir: string;
}

async function ingestLibrary(folder: LibraryFolder, sinks: Sinks, onProgress?: IngestOptions['onProgress']): Promise<LibraryAccount> {
  const { libraryDir, relativeDir } = folder;
  const code = basename(libraryDir);
  const account: LibraryAccount = { code, recordsRead: 0, recordsAccepted: 0, recordsRejected: 0 };
  const loaded = await loadLibraryProfile(libraryDir, relativeDir);
  sinks.diagnostics.push(...loaded.diagnostics);
  if (!loaded.profile) return account;
  account.profile = loaded.profile;

  const files = await checkLibraryFiles(loaded.profile, libraryDir, relativeDir);
  sinks.diagnostics.push(...files.diagnostics);
  for (const catalogueFile of files.readable) {
    for await (const decoded of readDecodedRecords(catalogueFile, code)) {
      account.recordsRead += 1;
      const accepted = acceptRecord(decoded, loaded.profile, sinks);
      if (accepted) account.recordsAccepted += 1;
      else account.recordsRejected += 1;
      if (account.recordsRead % 10_000 === 0) onProgress?.({ libraryCode: code, file: catalogueFile.file, recordsRead: account.recordsRead });
    }
  }
  return account;
}

/** Validates and describes one read record; true when it joins the catalogue. */
function acceptRecord(result: ReadResult, profile: LibraryProfile, sinks: Sinks): boolean {
  const libraryCode = profile.code;
  const locate = (problem: Pick<Diagnostic, 'code' | 'severity' | 'tag' | 'params'>): Diagnostic => ({
    ...problem,
    libraryCode,
    file: result.source.file,
    recordNumber: result.source.recordNumber,
    byteOffset: result.source.byteOffset,
  });
  const readDiagnostics = result.diagnostics.map((d) => ({ ...d, libraryCode }));
  if (result.kind === 'rejected') {
    sinks.diagnostics.push(...readDiagnostics);
    sinks.rejections.push({ libraryCode, ...result.source, diagnostics: readDiagnostics, raw: result.raw });
    return false;
  }

  const validation = validateRecord(result.record).map(locate);
  const errors = validation.filter((d) => d.severity === 'error');
  sinks.diagnostics.push(...readDiagnostics, ...validation);
  if (errors.length > 0) {
    sinks.rejections.push({ libraryCode, ...result.source, diagnostics: errors, raw: result.raw });
    return false;
  }

  const { description, diagnostics: modelProblems } = describeRecord(result.record);
  const { holdings, problems: holdingProblems } = extractHoldings(result.record, libraryCode, profile.holdings);
  sinks.diagnostics.push(...[...modelProblems, ...holdingProblems].map(locate));
  sinks.sourceRecords.add(sourceRecordKey({ libraryCode, ...result.source }), result.record);
  sinks.clusterInputs.push({
    libraryCode,
    file: result.source.file,
    recordNumber: result.source.recordNumber,
    controlNumber: controlField(result.record, '001')?.trim() || undefined,
    controlNumberIdentifier: controlField(result.record, '003')?.trim() || undefined,
    description,
    holdings,
  });
  return true;
}

async function listLibraryFolders(contentDir: string, only?: string[]): Promise<string[]> {
  const entries = await readdir(join(contentDir, 'libraries'), { withFileTypes: true }).catch(() => []);
  const codes = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return only ? codes.filter((code) => only.includes(code)) : codes;
}
