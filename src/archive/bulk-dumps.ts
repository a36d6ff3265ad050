/**
 * OUT/data/dumps/: the catalogue in bulk, for other systems to take in.
 *   union.marcxml.gz, union.jsonl.gz, union.csv      one entry per union record, with provenance
 *   <code>.marcxml.gz, <code>.jsonl.gz, <code>.csv   one entry per member record of that library
 *   SHA256SUMS                                       every dump's SHA-256, for `sha256sum -c`
 * MARCXML and JSONL are gzipped (they carry whole MARC records); CSV stays plain so a
 * librarian can open it directly.
 *
 * With a cache folder, a library's dumps are linked from the cache when none of its members
 * changed (library-dumps.ts); the union's are made of parts, and only the parts that hold a
 * changed record are made again (union-dumps.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceRecordStore } from '../ingest/marc/source-record-store.ts';
import type { UnionRecord } from '../shared/catalog-schema.ts';
import { sha256File, sha256SumsText } from './checksums.ts';
import { openDumpsCache } from './dumps-cache.ts';
import { libraryDumpNames, membersByLibrary, writeLibraryDumps } from './library-dumps.ts';
import { unionDumpNames, writeUnionDumps, type UnionDumpsSummary } from './union-dumps.ts';
import type { UnionMarc } from './union-marc.ts';

export interface DumpInput {
  /** Union records in the order the dumps list them. */
  records: UnionRecord[];
  libraryCodes: string[];
  sourceRecords: Pick<SourceRecordStore, 'get' | 'storedBytes'>;
  unionMarc: (record: UnionRecord) => UnionMarc | undefined;
  /** What `unionMarc` depends on besides the record and its members' source records (the libraries' holdings tags). */
  unionMarcSettings?: unknown;
  /** The URL a dump gives for a record page: absolute when the site URL is known. */
  recordUrl: (record: UnionRecord) => string;
  /** Folder of the dumps cache (the libraries' dumps, the union's parts); none: every dump is written. */
  cacheDir?: string;
  /** Records per part of the union's dumps on average (tests set few); see union-dumps.ts. */
  unionRecordsPerPart?: number;
}

export interface DumpsSummary {
  /** The file names written, SHA256SUMS last. */
  files: string[];
  /** Of those, the libraries' dumps linked from the cache. */
  fromCache: number;
  /** The union's dumps' parts, and how many were copied from the cache. */
  unionParts: UnionDumpsSummary;
  /** Cache entries deleted because no library of this build matched them. */
  pruned: number;
}

/** Writes every dump and SHA256SUMS. */
export async function writeBulkDumps(dumpsDir: string, input: DumpInput): Promise<DumpsSummary> {
  await mkdir(dumpsDir, { recursive: true });
  const cache = input.cacheDir ? await openDumpsCache(input.cacheDir) : undefined;
  const unionParts = await writeUnionDumps(dumpsDir, { ...input, cache, recordsPerPart: input.unionRecordsPerPart });
  const summary: DumpsSummary = { files: [...unionDumpNames], fromCache: 0, unionParts, pruned: 0 };
  const members = membersByLibrary(input.records, input.libraryCodes);
  for (const code of input.libraryCodes) {
    const fromCache = await writeLibraryDumps(dumpsDir, code, members.get(code)!, { ...input, cache });
    summary.files.push(...libraryDumpNames(code));
    if (fromCache) summary.fromCache += libraryDumpNames(code).length;
  }
  if (cache) summary.pruned = await cache.prune();
  const sums = await Promise.all(summary.files.map(async (name) => ({ path: name, sha256: await sha256File(join(dumpsDir, name)) })));
  await writeFile(join(dumpsDir, 'SHA256SUMS'), sha256SumsText(sums));
  summary.files.push('SHA256SUMS');
  return summary;
}
