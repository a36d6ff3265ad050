/**
 * OUT/data/dumps/: the catalogue in bulk, for other systems to take in.
 *   union.marcxml.gz, union.jsonl.gz, union.csv      one entry per union record, with provenance
 *   <code>.marcxml.gz, <code>.jsonl.gz, <code>.csv   one entry per member record of that library
 *   SHA256SUMS                                       every dump's SHA-256, for `sha256sum -c`
 * MARCXML and JSONL are gzipped (they carry whole MARC records); CSV stays plain so a
 * librarian can open it directly.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../ingest/emit/marcxml-writer.ts';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';
import type { Member, UnionRecord } from '../shared/catalog-schema.ts';
import { sha256File, sha256SumsText } from './checksums.ts';
import { csvByteOrderMark, csvRow } from './csv.ts';
import { libraryCsvHeader, libraryCsvValues, libraryDumpLine, unionCsvHeader, unionCsvValues, unionDumpLine } from './dump-rows.ts';
import { writeTextFile } from './text-file.ts';
import { unionIdPrefix, type UnionMarc } from './union-marc.ts';

export interface DumpInput {
  /** Union records in the order the dumps list them. */
  records: UnionRecord[];
  libraryCodes: string[];
  sourceRecords: ReadonlyMap<string, MarcRecord>;
  unionMarc: (record: UnionRecord) => UnionMarc | undefined;
  /** The URL a dump gives for a record page: absolute when the site URL is known. */
  recordUrl: (record: UnionRecord) => string;
}

/** Writes every dump and SHA256SUMS; returns the file names written, SHA256SUMS last. */
export async function writeBulkDumps(dumpsDir: string, input: DumpInput): Promise<string[]> {
  await mkdir(dumpsDir, { recursive: true });
  const names = [...await writeUnionDumps(dumpsDir, input)];
  for (const code of input.libraryCodes) names.push(...await writeLibraryDumps(dumpsDir, code, input));
  const sums = await Promise.all(names.map(async (name) => ({ path: name, sha256: await sha256File(join(dumpsDir, name)) })));
  await writeFile(join(dumpsDir, 'SHA256SUMS'), sha256SumsText(sums));
  return [...names, 'SHA256SUMS'];
}

const gzip = { gzip: true };
const plain = { gzip: false };

async function writeUnionDumps(dir: string, input: DumpInput): Promise<string[]> {
  const { records, unionMarc, recordUrl } = input;
  await writeTextFile(join(dir, 'union.marcxml.gz'), marcXmlCollection(function* () {
    for (const record of records) {
      const marc = unionMarc(record);
      if (marc) yield marc.record;
    }
  }()), gzip);
  await writeTextFile(join(dir, 'union.jsonl.gz'), function* () {
    for (const record of records) yield `${unionDumpLine(record, recordUrl(record), unionMarc(record))}\n`;
  }(), gzip);
  await writeTextFile(join(dir, 'union.csv'), function* () {
    yield csvByteOrderMark + csvRow(unionCsvHeader);
    for (const record of records) yield csvRow(unionCsvValues(record, recordUrl(record)));
  }(), plain);
  return ['union.marcxml.gz', 'union.jsonl.gz', 'union.csv'];
}

async function writeLibraryDumps(dir: string, code: string, input: DumpInput): Promise<string[]> {
  const members = libraryMembers(input.records, code);
  await writeTextFile(join(dir, `${code}.marcxml.gz`), marcXmlCollection(function* () {
    for (const { record, member } of members) {
      const marc = input.sourceRecords.get(sourceRecordKey(member));
      if (marc) yield withUnionId(marc, record.id);
    }
  }()), gzip);
  await writeTextFile(join(dir, `${code}.jsonl.gz`), function* () {
    for (const { record, member } of members) yield `${libraryDumpLine(record, input.recordUrl(record), member)}\n`;
  }(), gzip);
  await writeTextFile(join(dir, `${code}.csv`), function* () {
    yield csvByteOrderMark + csvRow(libraryCsvHeader);
    for (const { record, member } of members) yield csvRow(libraryCsvValues(record, input.recordUrl(record), member));
  }(), plain);
  return [`${code}.marcxml.gz`, `${code}.jsonl.gz`, `${code}.csv`];
}

/** The library's member records in its own order: file, then record number. */
export function libraryMembers(records: UnionRecord[], code: string): Array<{ record: UnionRecord; member: Member }> {
  const members = records.flatMap((record) => record.members.filter((m) => m.libraryCode === code).map((member) => ({ record, member })));
  return members.sort((a, b) => (a.member.file < b.member.file ? -1 : a.member.file > b.member.file ? 1 : a.member.recordNumber - b.member.recordNumber));
}

function* marcXmlCollection(records: Iterable<MarcRecord>): Generator<string> {
  yield marcXmlCollectionStart();
  for (const record of records) yield marcXmlRecord(record);
  yield marcXmlCollectionEnd();
}

/** The library's record as read, plus 035 "(FIHRIS)<id>" after its own 035s: the link back to the union. */
function withUnionId(record: MarcRecord, id: string): MarcRecord {
  const fields = [...record.fields];
  const at = fields.findIndex((f) => f.tag > '035');
  const link = { tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `${unionIdPrefix}${id}` }] };
  fields.splice(at === -1 ? fields.length : at, 0, link);
  return { leader: record.leader, fields };
}
