/**
 * One side of a pull request (the base or the head) reduced to what the comparison needs:
 * each library's records by record key with a content hash, and every diagnostic with the
 * record key it concerns. Built from one ingest of the whole content folder.
 */
import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import { controlField } from '../ingest/marc/marc-record.ts';
import { sourceRecordKey, type IngestResult, type LibraryAccount } from '../ingest/pipeline.ts';
import { recordContentHash } from './record-hash.ts';

export interface SnapshotRecord {
  /** 001 when the library gives one, else "file#recordNumber". */
  key: string;
  hash: string;
  file: string;
  recordNumber: number;
  /** The union record this record is a member of. */
  unionId?: string;
}

export interface KeyedDiagnostic {
  diagnostic: Diagnostic;
  /** What the diagnostic is about: the record key, or the file and its params for file-level problems. */
  subject: string;
}

export interface LibrarySnapshot {
  code: string;
  /** Undefined when the library's folder does not exist on this side. */
  account?: LibraryAccount;
  /** Accepted records by key. */
  records: Map<string, SnapshotRecord>;
  diagnostics: KeyedDiagnostic[];
}

export type CatalogueSnapshot = Map<string, LibrarySnapshot>;

export function snapshotFromIngest(ingest: IngestResult): CatalogueSnapshot {
  const unionIds = unionIdBySourceKey(ingest);
  const snapshot: CatalogueSnapshot = new Map(ingest.libraries.map((account) =>
    [account.code, { code: account.code, account, records: new Map(), diagnostics: [] }]));
  const recordKeys = new Map<string, string>();
  for (const [sourceKey, record] of ingest.sourceRecords) {
    const [libraryCode, file, recordNumber] = splitSourceKey(sourceKey);
    const library = librarySnapshot(snapshot, libraryCode);
    const key = uniqueKey(library.records, controlField(record, '001')?.trim() || `${file}#${recordNumber}`);
    recordKeys.set(sourceKey, key);
    library.records.set(key, { key, hash: recordContentHash(record), file, recordNumber, unionId: unionIds.get(sourceKey) });
  }
  for (const diagnostic of ingest.diagnostics) {
    const library = librarySnapshot(snapshot, diagnostic.libraryCode ?? '');
    library.diagnostics.push({ diagnostic, subject: diagnosticSubject(diagnostic, recordKeys) });
  }
  return snapshot;
}

/** An empty library: the side of the pull request where the folder does not exist. */
export function emptyLibrarySnapshot(code: string): LibrarySnapshot {
  return { code, records: new Map(), diagnostics: [] };
}

function librarySnapshot(snapshot: CatalogueSnapshot, code: string): LibrarySnapshot {
  if (!snapshot.has(code)) snapshot.set(code, emptyLibrarySnapshot(code));
  return snapshot.get(code)!;
}

/** A control number repeated in one library gets "#2", "#3" … in reading order, so no record hides another. */
function uniqueKey(records: Map<string, SnapshotRecord>, key: string): string {
  let candidate = key;
  for (let n = 2; records.has(candidate); n++) candidate = `${key}#${n}`;
  return candidate;
}

/**
 * Record-level diagnostics are keyed by the record's key, so a record that moves in its file
 * keeps its diagnostics. A rejected record has no decoded 001: it falls back to file#number.
 */
function diagnosticSubject(d: Diagnostic, recordKeys: Map<string, string>): string {
  if (d.recordNumber === undefined) return `${d.file}\t${JSON.stringify(d.params ?? {})}`;
  const sourceKey = sourceRecordKey({ libraryCode: d.libraryCode ?? '', file: d.file, recordNumber: d.recordNumber });
  return recordKeys.get(sourceKey) ?? `${d.file}#${d.recordNumber}`;
}

function unionIdBySourceKey(ingest: IngestResult): Map<string, string> {
  const ids = new Map<string, string>();
  for (const union of ingest.unionRecords) {
    for (const member of union.members) ids.set(sourceRecordKey(member), union.id);
  }
  return ids;
}

function splitSourceKey(sourceKey: string): [string, string, number] {
  const [libraryCode, file, recordNumber] = sourceKey.split('\t');
  return [libraryCode, file, Number(recordNumber)];
}
