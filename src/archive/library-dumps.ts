/**
 * A library's three dumps (<code>.marcxml.gz, <code>.jsonl.gz, <code>.csv): its member records
 * in its own order, each as read plus the link to its union record. They depend on nothing but
 * that library's members, so with a cache (dumps-cache.ts) they are written again only when one
 * of those changed: the key hashes, member by member, everything the three files are made of.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import type { SourceRecordStore } from '../ingest/marc/source-record-store.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import type { Member, UnionRecord } from '../shared/catalog-schema.ts';
import { csvByteOrderMark, csvRow } from './csv.ts';
import { linkOrCopy, type DumpsCache } from './dumps-cache.ts';
import { libraryCsvHeader, libraryCsvValues, libraryDumpLine } from './dump-rows.ts';
import { writeTextFiles } from './text-files.ts';
import { unionIdPrefix } from './union-marc.ts';
import { writersHash } from './writers-hash.ts';

export interface LibraryMember {
  record: UnionRecord;
  member: Member;
}

export interface LibraryDumpsInput {
  sourceRecords: Pick<SourceRecordStore, 'get' | 'storedBytes'>;
  recordUrl: (record: UnionRecord) => string;
  /** None: the dumps are written, not cached. */
  cache?: DumpsCache;
}

/**
 * Bump when a library's dumps change for a reason the hashed sources below do not show
 * (a writer's import that is not in the list, a runtime's changed serialisation).
 */
const writersVersion = 1;

/** This file and the writers it calls: a change to any of them writes every library's dumps anew. */
const writerSources = ['./library-dumps.ts', './dump-rows.ts', './csv.ts', './text-files.ts', './union-marc.ts', '../ingest/emit/marcxml-writer.ts'];

let writersKey: string | undefined;

/** The file names of a library's dumps. */
export function libraryDumpNames(code: string): string[] {
  return [`${code}.marcxml.gz`, `${code}.jsonl.gz`, `${code}.csv`];
}

/** Writes (or links from the cache) one library's dumps; true when they came from the cache. */
export async function writeLibraryDumps(dir: string, code: string, members: LibraryMember[], input: LibraryDumpsInput): Promise<boolean> {
  const names = libraryDumpNames(code);
  const key = input.cache && libraryDumpsKey(code, members, input);
  const cached = key ? input.cache!.lookup(key, names) : undefined;
  if (cached) {
    for (const [name, path] of cached) {
      rmSync(join(dir, name), { force: true });
      linkOrCopy(path, join(dir, name));
    }
    return true;
  }
  const [marcXml, jsonl, csv] = names.map((name) => join(dir, name));
  await writeTextFiles([{ path: marcXml, gzip: true }, { path: jsonl, gzip: true }, { path: csv, gzip: false }], libraryRows(members, input));
  if (key) input.cache!.store(key, new Map(names.map((name) => [name, join(dir, name)])));
  return false;
}

function* libraryRows(members: LibraryMember[], input: LibraryDumpsInput): Generator<string[]> {
  yield [marcXmlCollectionStart(), '', csvByteOrderMark + csvRow(libraryCsvHeader)];
  for (const { record, member } of members) {
    const marc = input.sourceRecords.get(sourceRecordKey(member));
    const url = input.recordUrl(record);
    yield [
      marc ? marcXmlRecord(withUnionId(marc, record.id)) : '',
      `${libraryDumpLine(record, url, member)}\n`,
      csvRow(libraryCsvValues(record, url, member)),
    ];
  }
  yield [marcXmlCollectionEnd(), '', ''];
}

/**
 * Every library's members in the library's own order (file, then record number), in one
 * scan of the union: a scan per library was 36 scans of the whole union at 36 libraries.
 */
export function membersByLibrary(records: UnionRecord[], codes: string[]): Map<string, LibraryMember[]> {
  const byLibrary = new Map(codes.map((code) => [code, [] as LibraryMember[]]));
  for (const record of records) {
    for (const member of record.members) byLibrary.get(member.libraryCode)?.push({ record, member });
  }
  for (const members of byLibrary.values()) members.sort(inLibraryOrder);
  return byLibrary;
}

function inLibraryOrder(a: LibraryMember, b: LibraryMember): number {
  return a.member.file < b.member.file ? -1 : a.member.file > b.member.file ? 1 : a.member.recordNumber - b.member.recordNumber;
}

/**
 * What a library's dumps are made of: per member, in dump order, its union id and URL, the
 * member itself (reference fields, rule, description), the library's holdings of the record,
 * and its source record as stored (hashed as bytes: decoding every record to hash it would
 * cost most of what writing the dumps does); and the writers' code.
 */
function libraryDumpsKey(code: string, members: LibraryMember[], input: LibraryDumpsInput): string {
  writersKey ??= writersHash(writersVersion, [...writerSources, './writers-hash.ts'], import.meta.url);
  const hash = createHash('sha256').update(JSON.stringify([writersKey, code, members.length]));
  for (const { record, member } of members) {
    const holdings = record.holdings.filter((h) => h.libraryCode === member.libraryCode);
    hash.update('\u0000').update(JSON.stringify([record.id, input.recordUrl(record), member, holdings])).update('\u0000');
    hash.update(input.sourceRecords.storedBytes(sourceRecordKey(member)) ?? 'none');
  }
  return hash.digest('hex');
}


/** The library's record as read, plus 035 "(FIHRIS)<id>" after its own 035s: the link back to the union. */
function withUnionId(record: MarcRecord, id: string): MarcRecord {
  const fields = [...record.fields];
  const at = fields.findIndex((f) => f.tag > '035');
  const link = { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `${unionIdPrefix}${id}` }] };
  fields.splice(at === -1 ? fields.length : at, 0, link);
  return { leader: record.leader, fields };
}
