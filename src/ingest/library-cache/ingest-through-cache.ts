/**
 * One library through the cache: a hit appends the cached contributions to the sinks; a miss
 * reads the library as always, then caches exactly what that reading appended.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Rejection } from '../diagnostics/rejection.ts';
import type { SourceRecordStore } from '../marc/source-record-store.ts';
import type { ClusterInput } from '../merge/cluster-input.ts';
import type { LibraryAccount } from '../pipeline.ts';
import type { CachedLibrary } from './cached-library.ts';
import type { LibraryCache } from './library-cache.ts';
import { libraryCacheKey } from './library-key.ts';

/** Where the pipeline collects every library's contributions. */
export interface IngestSinks {
  sourceRecords: SourceRecordStore;
  diagnostics: Diagnostic[];
  rejections: Rejection[];
  clusterInputs: ClusterInput[];
}

/** `library.key`: its cache key when the build computed it already (fill-library-cache.ts). */
export async function ingestThroughCache(
  cache: LibraryCache,
  library: { code: string; libraryDir: string; key?: string },
  sinks: IngestSinks,
  ingest: () => Promise<LibraryAccount>,
): Promise<{ account: LibraryAccount; fromCache: boolean }> {
  const key = library.key ?? await libraryCacheKey(library.libraryDir, library.code, cache.codeVersion);
  const cached = await cache.read(library.code, key);
  if (cached) {
    appendLibrary(sinks, cached);
    return { account: cached.account, fromCache: true };
  }
  const start = { diagnostics: sinks.diagnostics.length, rejections: sinks.rejections.length, sourceRecords: sinks.sourceRecords.size, clusterInputs: sinks.clusterInputs.length };
  const account = await ingest();
  await cache.write(library.code, key, {
    account,
    diagnostics: sinks.diagnostics.slice(start.diagnostics),
    rejections: sinks.rejections.slice(start.rejections),
    sourceRecords: sinks.sourceRecords.exportEntries(start.sourceRecords),
    clusterInputs: sinks.clusterInputs.slice(start.clusterInputs),
  });
  return { account, fromCache: false };
}

function appendLibrary(sinks: IngestSinks, library: CachedLibrary): void {
  // A loop, not push(...items): a 40,000-record library would overflow the argument stack.
  for (const diagnostic of library.diagnostics) sinks.diagnostics.push(diagnostic);
  for (const rejection of library.rejections) sinks.rejections.push(rejection);
  for (const input of library.clusterInputs) sinks.clusterInputs.push(input);
  sinks.sourceRecords.importEntries(library.sourceRecords);
}
